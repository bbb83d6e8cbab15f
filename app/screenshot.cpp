// SPDX-License-Identifier: Apache-2.0
#include "app/screenshot.h"

// Qt
#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

// Local
#include "ui/mainwindow.h"

#include <cstdio>
#include <memory>

namespace oncoview::app {

namespace {

void saveAndQuit(ui::MainWindow &window, const QString &file, int exitCode)
{
    const QPixmap shot = window.grab();
    if (!shot.save(file, "PNG")) {
        std::fprintf(stderr, "error: %s: cannot write the screenshot\n", qPrintable(file));
        exitCode = 1;
    }
    QCoreApplication::exit(exitCode);
}

} // namespace

void saveScreenshotWhenReady(ui::MainWindow &window, const QString &file, int timeoutSeconds)
{
    auto *timeout = new QTimer(&window);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, &window, [&window, file] {
        std::fprintf(stderr, "error: views not ready after the timeout: %s\n",
                     qPrintable(window.pendingViewsDescription()));
        saveAndQuit(window, file, 1);
    });
    timeout->start(timeoutSeconds * 1000);

    // Every state change re-checks; the first time all views are ready wins.
    auto taken = std::make_shared<bool>(false);
    auto onReady = [&window, file, timeout, taken] {
        if (*taken || !window.allViewsReady()) {
            return;
        }
        *taken = true;
        timeout->stop();
        // One more event-loop turn so the last frame reaches the widgets' backing store.
        QTimer::singleShot(250, &window, [&window, file] { saveAndQuit(window, file, 0); });
    };
    QObject::connect(&window, &ui::MainWindow::allViewsReadyChanged, &window, onReady);
    // Nothing to wait for (no path given) is ready at once, after the first paint.
    QTimer::singleShot(0, &window, onReady);
}

} // namespace oncoview::app
