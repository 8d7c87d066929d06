#pragma once

#include <QIcon>
#include <QObject>

class QTimer;
class QWidget;

// The application's icon (title bar, task bar, dialogs), set once the first window has drawn its
// first frame: decoding the PNGs and handing them to the window system cost 2-2.5 ms that neither
// the map nor the first frame needs to wait for. Docks and launchers take the desktop file's icon.
class WindowIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowIcon)

public:
    // Sets the application's icon once `window` (shown) has painted its first frame, or after
    // a second at the latest: a window the desktop starts minimized is not exposed at once.
    static void setAfterFirstFrame(QWidget *window);
    // 16, 32 and 48 px: what title bars and task bars draw; larger ones only cost time.
    static QIcon icon();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowIcon(QObject *window);
    void apply();

    QTimer *m_fallback;
};
