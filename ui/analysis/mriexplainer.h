// SPDX-License-Identifier: Apache-2.0
#pragma once

// The explanation map of the last MRI result: computed on the engine thread on exactly the
// inputs the result came from (Grad-CAM, Grad-CAM++, integrated gradients or occlusion, with
// the faithfulness checks), then put back into patient space as one volume the MPR views
// overlay. GUI thread only.

// Qt
#include <QObject>
#include <QString>
#include <QStringList>

// Local
#include "inference/xai/attribution.h"
#include "inference/xai/faithfulness.h"
#include "ui/analysis/analysisruns.h"
#include "viewers/mri/io/volume.h"

#include <memory>
#include <optional>
#include <vector>

namespace oncoview::ui {

class InferenceService;

struct MriSideMap
{
    std::string side; // "", "left", "right"
    std::optional<inference::analysis::PatientGrid> grid;
    bool mirrored = false;
    inference::xai::AttributionMap map;
    std::optional<inference::xai::Faithfulness> faithfulness;
};

struct MriMapResult
{
    inference::xai::Method method = inference::xai::Method::IntegratedGradients;
    std::vector<MriSideMap> sides;
    // Every side's map on one axis-aligned LPS grid (0 outside the crops); null when the
    // package has no spacing (its inputs are not placed in patient space).
    std::shared_ptr<const mri::Volume> volume;
    QString modelName; // package name and version
    QStringList provenance; // of the result explained
    QString device;
    double seconds = 0.0;
};

// The side maps in patient space: voxel (i, j, k) of a crop lies at its grid's centre plus
// (i - (W-1)/2, j - (H-1)/2, k - (D-1)/2) spacings along L, P, S; a mirrored crop is flipped
// back first. Overlapping crops keep the larger value. Null when no side has a grid.
std::shared_ptr<mri::Volume> mapInPatientSpace(const std::vector<MriSideMap> &sides);

class MriExplainer : public QObject
{
    Q_OBJECT
public:
    explicit MriExplainer(InferenceService *inference, QObject *parent = nullptr);

    // The result to explain: its package, exact inputs, and identity for the text.
    void setAnalysis(const QString &packageDir, std::shared_ptr<const MriPrepared> prepared,
                     const QString &modelName, const QStringList &provenance);
    // The same analysis as another explainer's (a second map of the same result).
    void setAnalysisFrom(const MriExplainer &other);
    void clear();
    bool hasAnalysis() const { return m_prepared != nullptr; }
    // Queues the map and its checks; ready() or failed() follows.
    void explain(inference::xai::Method method, const inference::xai::Target &target = {},
                 bool checkFaithfulness = true);
    bool isBusy() const { return m_jobId != 0; }
    std::shared_ptr<const MriMapResult> last() const { return m_last; }

    static QString title();

Q_SIGNALS:
    void started(const QString &what);
    void ready(std::shared_ptr<const oncoview::ui::MriMapResult> result);
    void failed(const QString &what, const QString &message);

private:
    InferenceService *m_inference;
    QString m_packageDir;
    std::shared_ptr<const MriPrepared> m_prepared;
    QString m_modelName;
    QStringList m_provenance;
    quint64 m_jobId = 0;
    std::shared_ptr<MriMapResult> m_pending;
    std::shared_ptr<const MriMapResult> m_last;
};

} // namespace oncoview::ui
