// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

namespace oncoview::testing {

// A test process's own settings and application data (session records, autosaves, the PACS
// cache, the audit log), in a folder removed when it ends. CTest runs test cases side by side
// in separate processes: with one shared folder (QStandardPaths' test mode) a window in one
// test rewrote the session record another test was checking, and two PACS tests shared one
// cache. Set through XDG_DATA_HOME and XDG_CONFIG_HOME, so child processes a test starts share
// them; a child that is a test binary itself (one started to be killed mid-work) takes its
// parent's folder, named in ONCOVIEW_TEST_USER_PATHS. Construct before the QApplication.
class IsolatedUserPaths
{
public:
    IsolatedUserPaths()
    {
        QString root = qEnvironmentVariable("ONCOVIEW_TEST_USER_PATHS");
        if (root.isEmpty()) {
            root = m_root.path();
            qputenv("ONCOVIEW_TEST_USER_PATHS", QFile::encodeName(root));
        }
        const QString data = QDir(root).filePath(QStringLiteral("data"));
        const QString config = QDir(root).filePath(QStringLiteral("config"));
        QDir().mkpath(data);
        QDir().mkpath(config);
        qputenv("XDG_DATA_HOME", QFile::encodeName(data));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    }

private:
    QTemporaryDir m_root;
};

} // namespace oncoview::testing
