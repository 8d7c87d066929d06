#include "windowstyle.h"

#include "ui/drawnicon.h"

#include <QApplication>
#include <QPainterPath>
#include <QStyleFactory>
#include <QWidget>

WindowStyle::WindowStyle(QStyle *base) : QProxyStyle(base) {}

void WindowStyle::install()
{
    QApplication::setStyle(new WindowStyle(QStyleFactory::create(QApplication::style()->name())));
}

QIcon WindowStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton && standardIcon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // Two chevrons, pointing where the hidden items are: right for a menu bar, down for a column.
    const bool horizontal = standardIcon == SP_ToolBarHorizontalExtensionButton;
    const QColor colour = (widget ? widget->palette() : QApplication::palette()).color(QPalette::Active, QPalette::ButtonText);
    return drawnIcon([&](QPainter &painter, qreal unit) {
        painter.setPen(QPen(colour, 1.5 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (!horizontal) {
            painter.translate(16 * unit, 0);
            painter.rotate(90);
        }
        QPainterPath chevrons;
        for (const qreal x : {4.5, 8.5}) {
            chevrons.moveTo(x * unit, 4.5 * unit);
            chevrons.lineTo((x + 3.5) * unit, 8 * unit);
            chevrons.lineTo(x * unit, 11.5 * unit);
        }
        painter.drawPath(chevrons);
    });
}
