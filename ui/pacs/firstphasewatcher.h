// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QHash>
#include <QObject>
#include <QStringList>

// Local
#include "ui/pacs/pacstypes.h"

namespace oncoview::ui {

class PacsClient;

// The first phase of a multi-phase series (a DCE), shown while the rest is still arriving:
// asks the archive, on a client of its own beside the one retrieving, which instances make each
// phase (the scanner's own split, mri::phaseLayout), notes each instance as it lands, and says
// once when every instance of the first phase is in. Says nothing when the archive's listing
// cannot tell (no positions, one phase, fewer instances listed than expected) or comes after
// the whole series: the series then opens when whole, as before. GUI thread.
class FirstPhaseWatcher : public QObject
{
    Q_OBJECT
public:
    // `expected`: the instances the archive listed for the series. Files already in `folder`
    // (a retrieval cut short) count as landed.
    FirstPhaseWatcher(const PacsServer &server, const QString &studyUid, const QString &seriesUid,
                      const QString &folder, int expected, QObject *parent = nullptr);

    // A file the retrieval wrote whole into the folder.
    void instanceLanded(const QString &path);

Q_SIGNALS:
    // Once, when the archive's listing is in: the first phase's SOP Instance UIDs, or none when
    // the listing failed or tells no phases apart (a retrieval that can choose its order asks
    // for these first).
    void layoutKnown(const QStringList &firstPhase);
    // The first phase's files, sorted; `phases` in the whole series.
    void firstPhaseReady(const QString &folder, const QStringList &files, int phases);

private:
    void layoutFound(const std::vector<mri::ListedInstance> &instances);
    void uidRead(const QString &path, const QString &uid);
    void check();

    QString m_folder;
    int m_expected = 0;
    PacsClient *m_client = nullptr;
    QHash<QString, QString> m_landed; // SOP Instance UID -> file
    QStringList m_firstPhase; // SOP Instance UIDs, once the layout is known
    int m_phases = 0;
    bool m_said = false; // or there is nothing to say (the listing failed or cannot tell)
};

} // namespace oncoview::ui
