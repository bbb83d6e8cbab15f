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
// them. Construct before the QApplication.
class IsolatedUserPaths
{
public:
    IsolatedUserPaths()
    {
        const QString data = m_root.filePath(QStringLiteral("data"));
        const QString config = m_root.filePath(QStringLiteral("config"));
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
