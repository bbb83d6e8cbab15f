// SPDX-License-Identifier: Apache-2.0
#include "ui/democontroller.h"

// Qt
#include <QPromise>
#include <QtConcurrent>

namespace oncoview::ui {

namespace {

// Pool thread. The slide dominates the time on first use, so it gets most of the bar.
void prepareDemo(QPromise<QString> &promise, DemoPaths paths, std::shared_ptr<std::atomic<bool>> cancel)
{
    promise.setProgressRange(0, 100);
    auto stageProgress = [&promise](int from, int span) {
        return [&promise, from, span](const QString &stage, int percent) {
            promise.setProgressValueAndText(from + span * percent / 100, stage);
        };
    };
    try {
        ensureDemoStudy(paths, stageProgress(0, 10), cancel.get());
        ensureDemoModels(paths.models(), stageProgress(10, 30), cancel.get());
        ensureDemoSlide(paths, stageProgress(40, 60), cancel.get());
        promise.addResult(QString());
    } catch (const std::exception &error) {
        promise.addResult(QString::fromStdString(error.what()));
    }
}

} // namespace

DemoController::DemoController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.future().resultCount() > 0 ? m_watcher.result()
                                                                   : tr("Demo preparation stopped.");
        if (error.isEmpty()) {
            Q_EMIT ready(m_paths);
        } else {
            Q_EMIT failed(error);
        }
    });
}

DemoController::~DemoController()
{
    cancel();
    m_watcher.waitForFinished();
}

void DemoController::prepare(const QString &root)
{
    if (m_watcher.isRunning()) {
        return; // already preparing; `ready` follows
    }
    m_paths = DemoPaths{root};
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run(prepareDemo, m_paths, m_cancel));
}

void DemoController::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

} // namespace oncoview::ui
