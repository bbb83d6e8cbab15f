// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QFutureWatcher>
#include <QObject>

// Local
#include "ui/demoassets.h"

#include <atomic>
#include <memory>

namespace oncoview::ui {

// Makes sure the demo study, slide and models exist, generating what is missing on a worker
// thread with progress, then reports where they are. GUI thread only.
class DemoController : public QObject
{
    Q_OBJECT
public:
    explicit DemoController(QObject *parent = nullptr);
    ~DemoController() override;

    void prepare(const QString &root);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(int percent, const QString &detail);
    void ready(const oncoview::ui::DemoPaths &paths);
    void failed(const QString &message);

private:
    QFutureWatcher<QString> m_watcher; // result: an error message, empty on success
    std::shared_ptr<std::atomic<bool>> m_cancel;
    DemoPaths m_paths;
};

} // namespace oncoview::ui
