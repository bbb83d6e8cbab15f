// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/firstphasewatcher.h"

// Qt
#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

// Local
#include "ui/pacs/cachedinstances.h"
#include "ui/pacs/pacsclient.h"

namespace oncoview::ui {

FirstPhaseWatcher::FirstPhaseWatcher(const PacsServer &server, const QString &studyUid,
                                     const QString &seriesUid, const QString &folder, int expected,
                                     QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_expected(expected)
    , m_client(PacsClient::create(server, this))
{
    connect(m_client, &PacsClient::instancesFound, this, &FirstPhaseWatcher::layoutFound);
    // A listing that fails only costs the early view: the retrieval reports its own errors.
    connect(m_client, &PacsClient::failed, this, [this] {
        m_said = true;
        Q_EMIT layoutKnown({});
    });
    m_client->findInstances(studyUid, seriesUid);
    for (const QFileInfo &file :
         QDir(folder).entryInfoList({QStringLiteral("*.dcm")}, QDir::Files)) {
        instanceLanded(file.filePath());
    }
}

void FirstPhaseWatcher::instanceLanded(const QString &path)
{
    if (m_said) {
        return; // said, or nothing to say
    }
    // A header read per file, off the GUI thread; DICOMweb files are numbered, not named by UID.
    QtConcurrent::run([path] {
        return sopInstanceUidOf(path);
    }).then(this, [this, path](const QString &uid) { uidRead(path, uid); });
}

void FirstPhaseWatcher::uidRead(const QString &path, const QString &uid)
{
    if (!uid.isEmpty()) {
        m_landed.insert(uid, path);
        check();
    }
}

void FirstPhaseWatcher::layoutFound(const std::vector<mri::ListedInstance> &instances)
{
    // A listing cut short (an archive that pages, or one still receiving the series) would
    // split the phases wrongly: only the whole list is used.
    const auto phases = int(instances.size()) == m_expected
        ? mri::phaseLayout(instances)
        : std::vector<std::vector<std::string>> {};
    if (phases.size() < 2) {
        m_said = true; // nothing to show early: no more headers are read
        Q_EMIT layoutKnown({});
        return;
    }
    m_phases = int(phases.size());
    for (const std::string &uid : phases.front()) {
        m_firstPhase << QString::fromStdString(uid);
    }
    Q_EMIT layoutKnown(m_firstPhase);
    check();
}

void FirstPhaseWatcher::check()
{
    if (m_said || m_firstPhase.isEmpty()) {
        return;
    }
    QStringList files;
    for (const QString &uid : std::as_const(m_firstPhase)) {
        const auto it = m_landed.constFind(uid);
        if (it == m_landed.constEnd()) {
            return;
        }
        files << it.value();
    }
    m_said = true;
    files.sort();
    Q_EMIT firstPhaseReady(m_folder, files, m_phases);
}

} // namespace oncoview::ui
