// SPDX-License-Identifier: Apache-2.0
#include "app/startuptrace.h"

// Qt
#include <QApplication>
#include <QEvent>

// Local
#include "ui/mainwindow.h"

#include <cstdio>

namespace oncoview::app {

namespace {

void say(const char *step)
{
    std::fprintf(stderr, "oncoview-startup %s\n", step);
    std::fflush(stderr);
}

// The first paint of any widget of the window: the moment pixels of OncoView can show.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(ui::MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            say("first-paint");
        }
        return false;
    }

private:
    ui::MainWindow *m_window;
};

} // namespace

void traceStartup(ui::MainWindow &window)
{
    if (qEnvironmentVariableIsEmpty("ONCOVIEW_STARTUP_TRACE")) {
        return;
    }
    new FirstPaint(&window);
    auto *done = new bool(false);
    QObject::connect(&window, &ui::MainWindow::allViewsReadyChanged, &window, [&window, done] {
        if (!*done && window.allViewsReady()) {
            *done = true;
            say("views-ready");
        }
    });
    QObject::connect(&window, &QObject::destroyed, [done] { delete done; });
}

} // namespace oncoview::app
