#pragma once

#include <QIcon>
#include <QPainter>
#include <QPixmap>

// An icon drawn at 16 and 32 pixels instead of read from a file: `draw(painter, unit)` paints on a
// transparent, antialiased square where `unit` is one pixel of the 16-pixel design.
template <typename Draw>
QIcon drawnIcon(Draw draw)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, size / 16.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
