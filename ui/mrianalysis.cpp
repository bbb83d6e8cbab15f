// SPDX-License-Identifier: Apache-2.0
#include "ui/mrianalysis.h"

// Qt
#include <QCoreApplication>
#include <QtConcurrent>

// Local
#include "inference/analysis/analysiserror.h"
#include "inference/demopackages.h"
#include "inference/metrics.h"
#include "inference/modelpackage.h"
#include "ui/analysis/analysisruns.h"
#include "ui/i18n/lowerlayertext.h"
#include "ui/inferenceservice.h"

namespace oncoview::ui {

namespace {

const char *const viewKey = "mri-study";

QString title()
{
    return QObject::tr("Breast MRI classifier");
}

// Output names are identifiers; the panel shows what they mean.
QString outputTitle(const std::string &name)
{
    if (name == "malignancy") {
        return QObject::tr("Malignancy (probability)");
    }
    if (name == "pcr") {
        return QObject::tr("Response to neoadjuvant chemotherapy (pCR probability)");
    }
    return QString::fromStdString(name);
}

QString inputTitle(const inference::Manifest &manifest, size_t index)
{
    return index < manifest.modalities.size()
        ? QString::fromStdString(manifest.modalities[index]).toUpper()
        : QString::fromStdString(manifest.inputs.at(index).name).toUpper();
}

// "Left breast: Malignancy (probability)" for a per-breast package; the output alone otherwise.
QString sideTitle(const std::string &side, const QString &what)
{
    if (side == "left") {
        return QObject::tr("Left breast: %1").arg(what);
    }
    if (side == "right") {
        return QObject::tr("Right breast: %1").arg(what);
    }
    return what;
}

// True when the pass has a malignancy output that calls the crop benign.
bool noCancerFound(const inference::Manifest &manifest, const MriSideRun &run)
{
    const inference::ManifestOutput *malignancy = manifest.findOutput("malignancy");
    const auto found = run.outputs.find("malignancy");
    if (!malignancy || found == run.outputs.end() || malignancy->labels.size() != 2) {
        return false;
    }
    return inference::metrics::softmaxProbability(found->second.data, 1) < 0.5;
}

// Scores, gate weights, Shapley values and the leading expert of one model pass.
void explainSide(const inference::Manifest &manifest, const MriSideRun &run, Explanation &e)
{
    QList<QPair<QString, double>> gate;
    for (const inference::ManifestOutput &output : manifest.outputs) {
        const auto found = run.outputs.find(output.name);
        if (found == run.outputs.end()) {
            continue;
        }
        if (output.explains == "gate_weights") {
            // Gate weights of the mixture of experts: how much each modality's expert was used.
            for (size_t k = 0; k < found->second.data.size(); ++k) {
                const QString modality = k < manifest.modalities.size()
                    ? QString::fromStdString(manifest.modalities[k]).toUpper()
                    : QString::number(k);
                gate.append({sideTitle(run.side, modality), found->second.data[k]});
            }
        } else if (output.name == "pcr" && noCancerFound(manifest, run)) {
            // Response to chemotherapy is a question about a cancer: with none found, a pCR
            // probability would read as a statement about nothing (the JSON keeps it).
            e.reasons << (run.side.empty()
                              ? QObject::tr(
                                  "No pCR estimate: the model finds no cancer in this study.")
                              : sideTitle(run.side,
                                          QObject::tr("no pCR estimate, as the model "
                                                      "finds no cancer in this breast.")));
        } else if (!output.labels.empty()) {
            QList<QPair<QString, double>> scores;
            for (const auto &[label, p] :
                 inference::metrics::labelledSoftmax(found->second.data, output.labels)) {
                scores.append({QString::fromStdString(label), p});
            }
            e.scores.append({sideTitle(run.side, outputTitle(output.name)), scores});
        }
    }
    e.contributions.append(gate);
    if (run.shapley && !run.shapley->values.empty()) {
        const auto &[name, values] = *run.shapley->values.begin();
        const auto primary = run.shapley->values.find("malignancy");
        const auto &chosen = primary != run.shapley->values.end() ? primary->second : values;
        e.shapleyOf
            = QString::fromStdString(primary != run.shapley->values.end() ? "malignancy" : name);
        for (size_t i = 0; i < chosen.size() && i < manifest.inputs.size(); ++i) {
            e.shapley.append({sideTitle(run.side, inputTitle(manifest, i)), chosen[i]});
        }
    }
    if (!gate.isEmpty()) {
        const auto top
            = std::max_element(gate.begin(), gate.end(),
                               [](const auto &a, const auto &b) { return a.second < b.second; });
        e.reasons << QCoreApplication::translate(
                         "oncoview::ui::MriAnalysis",
                         "The %1 expert carried the largest share (%2%) of the fused decision.")
                         .arg(top->first)
                         .arg(top->second * 100.0, 0, 'f', 0);
    }
}

} // namespace

// What the engine job hands back to the GUI thread: written there, read here after finished.
struct MriAnalysis::Outcome
{
    MriPrepared prepared;
    MriRun run;
    AnalysisProvenance provenance;
    QString packageDir;
};

MriAnalysis::MriAnalysis(InferenceService *inference, QObject *parent)
    : QObject(parent)
    , m_inference(inference)
{
    connect(m_inference, &InferenceService::finished, this,
            [this](const inference::JobResult &result) {
                if (result.id != m_jobId || !m_manifest || !m_pending) {
                    return;
                }
                const std::shared_ptr<Outcome> outcome = std::exchange(m_pending, nullptr);
                m_lastJson = mriAnalysisJson(*m_manifest, outcome->run, outcome->provenance);
                Q_EMIT explanationReady(explain(*m_manifest, outcome->run, outcome->provenance));
                Q_EMIT inputsAnalyzed(
                    outcome->packageDir,
                    std::make_shared<const MriPrepared>(std::move(outcome->prepared)));
                setBusy(false);
            });
    connect(m_inference, &InferenceService::failed, this, [this](const inference::JobError &error) {
        if (error.id != m_jobId) {
            return;
        }
        m_pending.reset();
        if (!error.cancelled) {
            Q_EMIT failed(title(), lowerLayerText(error.message));
        }
        setBusy(false);
    });
}

void MriAnalysis::setModelPackage(const QString &packageDir)
{
    m_packageDir = packageDir;
    const inference::ManifestParse parsed = inference::readManifest(packageDir.toStdString());
    m_manifest = parsed.manifest;
    if (!m_manifest) {
        Q_EMIT failed(title(), lowerLayerText(parsed.error));
    }
}

bool MriAnalysis::isDemoPackage() const
{
    return m_manifest
        && inference::demo::isDemoManifest(m_manifest->intendedUse, m_manifest->validated);
}

void MriAnalysis::analyze(const LoadedStudy &study, std::optional<StudyInputMapping> mapping)
{
    if (!m_manifest) {
        Q_EMIT failed(title(), tr("No breast MRI model package is chosen (AI menu)."));
        return;
    }
    setBusy(true);
    Q_EMIT started(title());
    // Resampling full volumes takes tens of milliseconds: keep it off the GUI thread.
    const StudyInputMapping chosen = mapping ? *mapping : guessInputMapping(study, *m_manifest);
    QtConcurrent::run([study, chosen,
                       manifest = *m_manifest]() -> std::pair<std::shared_ptr<Outcome>, QString> {
        try {
            auto outcome = std::make_shared<Outcome>();
            outcome->prepared = prepareMriInputs(study, manifest, chosen);
            return {outcome, {}};
        } catch (const std::exception &error) {
            return {nullptr, lowerLayerText(std::string(error.what()))};
        }
    }).then(this, [this](std::pair<std::shared_ptr<Outcome>, QString> prepared) {
        if (!prepared.first) {
            Q_EMIT failed(title(), tr("Not run: %1.").arg(prepared.second));
            setBusy(false);
            return;
        }
        prepared.first->packageDir = m_packageDir;
        submit(std::move(prepared.first));
    });
}

void MriAnalysis::submit(std::shared_ptr<Outcome> outcome)
{
    inference::JobRequest request;
    request.packageDir = m_packageDir.toStdString();
    request.priority = inference::Priority::High; // the user is looking at this study
    request.viewKey = viewKey;                     // a newer study supersedes this one
    request.label = title().toStdString();
    // The engine thread runs the model (and its masked passes) and hashes the package.
    request.job = [outcome](inference::JobContext &context) {
        const inference::ModelPackage &package = *context.package();
        outcome->run
            = runMriModel(package, outcome->prepared, [&context] { return context.isCancelled(); });
        outcome->provenance
            = makeProvenance(package.manifest(), outcome->packageDir,
                             QString::fromStdString(package.device()), outcome->prepared.inputJson);
        return inference::NamedTensors {};
    };
    m_pending = outcome;
    m_jobId = m_inference->submit(std::move(request));
}

Explanation MriAnalysis::explain(const inference::Manifest &manifest, const inference::JobResult &result)
{
    MriRun run;
    run.sides.push_back({{}, result.outputs, std::nullopt});
    run.seconds = result.seconds;
    AnalysisProvenance provenance;
    provenance.manifestClaimsValidated = manifest.validated;
    provenance.device = QString::fromStdString(result.device);
    return explain(manifest, run, provenance);
}

Explanation MriAnalysis::explain(const inference::Manifest &manifest, const MriRun &run,
                                 const AnalysisProvenance &provenance)
{
    Explanation e;
    e.title = title();
    e.modelName = QStringLiteral("%1 %2").arg(QString::fromStdString(manifest.name),
                                               QString::fromStdString(manifest.version));
    e.validated = provenance.isValidated();
    e.validationNote = provenance.validationNote();
    e.intendedUse = QString::fromStdString(manifest.intendedUse);
    e.seconds = run.seconds;
    e.device = provenance.device;
    e.provenance = provenanceLines(provenance);
    for (const MriSideRun &side : run.sides) {
        explainSide(manifest, side, e);
    }
    for (const std::string &missing : run.missingInputs) {
        e.reasons << tr("The study has no %1 series; the package was trained to run without it, "
                        "so it ran with that input masked (less information, read with care).")
                         .arg(QString::fromStdString(missing).toUpper());
    }
    if (!manifest.validated) {
        e.reasons << tr("This model was trained on synthetic phantoms; its scores say nothing about a patient.");
    }
    return e;
}

void MriAnalysis::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

} // namespace oncoview::ui
