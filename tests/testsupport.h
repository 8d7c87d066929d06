#pragma once

// What the window and model tests share: the embedded catalog, and a window shown on screen.
#include "catalogloader.h"
#include "mainwindow.h"

#include <QTest>

#include <memory>

inline Catalog embeddedCatalog()
{
    CatalogLoader::Result result = CatalogLoader::loadEmbedded();
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return std::move(*result.catalog);
}

// `language` empty: the remembered one, as at a normal start.
inline std::unique_ptr<MainWindow> showMainWindow(const QString &language = {}, Catalog catalog = embeddedCatalog())
{
    auto window = std::make_unique<MainWindow>(std::move(catalog), language);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not exposed");
    // Under Xvfb no window manager gives the new window focus, as a desktop would.
    window->activateWindow();
    return window;
}
