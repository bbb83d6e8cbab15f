// SPDX-License-Identifier: Apache-2.0
#include "ui/modellibrary.h"

// Qt
#include <QFileInfo>
#include <QSettings>

namespace oncoview::ui {

namespace {
const auto foldersKey = QStringLiteral("models/folders");
const auto threadsKey = QStringLiteral("inference/threads");
} // namespace

ModelLibrary::ModelLibrary(QObject *parent)
    : QObject(parent)
    , m_added(QSettings().value(foldersKey).toStringList())
{
}

void ModelLibrary::addFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (m_added.contains(absolute)) {
        return;
    }
    m_added.append(absolute);
    QSettings().setValue(foldersKey, m_added);
    Q_EMIT foldersChanged();
}

void ModelLibrary::setFolders(const QStringList &folders)
{
    QStringList absolute;
    for (const QString &folder : folders) {
        const QString path = QFileInfo(folder).absoluteFilePath();
        if (!folder.trimmed().isEmpty() && !absolute.contains(path)) {
            absolute << path;
        }
    }
    if (absolute == m_added) {
        return;
    }
    m_added = absolute;
    QSettings().setValue(foldersKey, m_added);
    Q_EMIT foldersChanged();
}

std::vector<inference::PackageEntry> ModelLibrary::scan() const
{
    inference::PackageRegistry registry;
    for (const QString &folder : m_added) {
        registry.addPath(folder.toStdString());
    }
    return registry.scan();
}

bool ModelLibrary::isMriPackage(const inference::Manifest &manifest)
{
    int found = 0;
    for (const char *role : {"dce", "t2", "dwi"}) {
        const inference::ManifestInput *input = manifest.findInput(role);
        found += input && input->kind == "volume" ? 1 : 0;
    }
    return found == 3;
}

std::optional<QString> ModelLibrary::mriPackage() const
{
    return lastValid(&ModelLibrary::isMriPackage);
}

std::optional<QString> ModelLibrary::slidePackage() const
{
    return lastValid(&ModelLibrary::isSlidePackage);
}

std::optional<QString> ModelLibrary::lastValid(bool (*kind)(const inference::Manifest &)) const
{
    // Packages the user added come last in the scan but are the ones they chose: prefer them.
    const auto entries = scan();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->isValid() && kind(*it->manifest)) {
            return QString::fromStdString(it->directory.string());
        }
    }
    return std::nullopt;
}

int ModelLibrary::threadSetting()
{
    return qMax(0, QSettings().value(threadsKey, 0).toInt());
}

void ModelLibrary::setThreadSetting(int threads)
{
    QSettings().setValue(threadsKey, qMax(0, threads));
}

} // namespace oncoview::ui
