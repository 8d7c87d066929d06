#pragma once

#include <QProxyStyle>

// The application's style as the platform chose it, with the menu bar's overflow button drawn
// instead of read from Qt's resources. Reading it, QImageReader loaded every image-format plugin
// (GIF, ICO, JPEG and libjpeg) to ask whether it reads PNG: about a millisecond of every start-up,
// for a button seen only when the window is too narrow for its menus.
class WindowStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStyle)

public:
    // Takes over `base`, as QProxyStyle does.
    explicit WindowStyle(QStyle *base);

    // Makes it the application's style, over a fresh instance of the style Qt chose (the
    // platform's, or -style). Before any widget exists.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
