// SPDX-License-Identifier: Apache-2.0
#include "ui/mrianalysis.h"

// Qt
#include <QtConcurrent>

// Local
#include "ui/inferenceservice.h"
#include "ui/mriinputs.h"

namespace oncoview::ui {

namespace {

const char *const viewKey = "mri-study";

QString title()
{
    return QObject::tr("Breast MRI classifier");
}

// Softmax of a [1,K] logits output; the packages declare logits, the user reads probabilities.
QList<QPair<QString, double>> probabilities(const inference::Tensor &logits, const std::vector<std::string> &labels)
{
    QList<QPair<QString, double>> result;
    if (logits.data.empty()) {
        return result;
    }
    const float top = *std::max_element(logits.data.begin(), logits.data.end());
    double sum = 0;
    for (float value : logits.data) {
        sum += std::exp(double(value - top));
    }
    for (size_t k = 0; k < logits.data.size(); ++k) {
        const QString label = k < labels.size() ? QString::fromStdString(labels[k]) : QString::number(k);
        result.append({label, std::exp(double(logits.data[k] - top)) / sum});
    }
    return result;
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

} // namespace

MriAnalysis::MriAnalysis(InferenceService *inference, QObject *parent)
    : QObject(parent)
    , m_inference(inference)
{
    connect(m_inference, &InferenceService::finished, this, [this](const inference::JobResult &result) {
        if (result.id != m_jobId || !m_manifest) {
            return;
        }
        Q_EMIT explanationReady(explain(*m_manifest, result));
        setBusy(false);
    });
    connect(m_inference, &InferenceService::failed, this, [this](const inference::JobError &error) {
        if (error.id != m_jobId) {
            return;
        }
        if (!error.cancelled) {
            Q_EMIT failed(title(), QString::fromStdString(error.message));
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
        Q_EMIT failed(title(), QString::fromStdString(parsed.error));
    }
}

void MriAnalysis::analyze(const LoadedStudy &study)
{
    if (!m_manifest) {
        return; // no MRI model configured: nothing to run, nothing pretended
    }
    setBusy(true);
    Q_EMIT started(title());
    // Resampling full volumes takes tens of milliseconds: keep it off the GUI thread.
    QtConcurrent::run([series = study.series, manifest = *m_manifest]() {
        std::string why;
        auto inputs = mriModelInputs(roleVolumes(series), manifest, &why);
        return std::make_pair(std::move(inputs), QString::fromStdString(why));
    }).then(this, [this](std::pair<std::optional<inference::NamedTensors>, QString> prepared) {
        if (!prepared.first) {
            Q_EMIT failed(title(), tr("Not run: %1.").arg(prepared.second));
            setBusy(false);
            return;
        }
        submit(std::move(*prepared.first));
    });
}

void MriAnalysis::submit(inference::NamedTensors inputs)
{
    inference::JobRequest request;
    request.packageDir = m_packageDir.toStdString();
    request.inputs = std::move(inputs);
    request.priority = inference::Priority::High; // the user is looking at this study
    request.viewKey = viewKey;                     // a newer study supersedes this one
    request.label = title().toStdString();
    m_jobId = m_inference->submit(std::move(request));
}

Explanation MriAnalysis::explain(const inference::Manifest &manifest, const inference::JobResult &result)
{
    Explanation e;
    e.title = title();
    e.modelName = QStringLiteral("%1 %2").arg(QString::fromStdString(manifest.name),
                                               QString::fromStdString(manifest.version));
    e.validated = manifest.validated;
    e.intendedUse = QString::fromStdString(manifest.intendedUse);
    e.seconds = result.seconds;
    e.device = QString::fromStdString(result.device);
    for (const inference::ManifestOutput &output : manifest.outputs) {
        const auto found = result.outputs.find(output.name);
        if (found == result.outputs.end()) {
            continue;
        }
        if (output.explains == "gate_weights") {
            // Gate weights of the mixture of experts: how much each modality's expert was used.
            for (size_t k = 0; k < found->second.data.size(); ++k) {
                const QString modality = k < manifest.modalities.size()
                    ? QString::fromStdString(manifest.modalities[k]).toUpper()
                    : QString::number(k);
                e.contributions.append({modality, found->second.data[k]});
            }
        } else if (!output.labels.empty()) {
            e.scores.append({outputTitle(output.name), probabilities(found->second, output.labels)});
        }
    }
    if (!e.contributions.isEmpty()) {
        const auto top = std::max_element(e.contributions.begin(), e.contributions.end(),
                                          [](const auto &a, const auto &b) { return a.second < b.second; });
        e.reasons << tr("The %1 expert carried the largest share (%2%) of the fused decision.")
                         .arg(top->first)
                         .arg(top->second * 100.0, 0, 'f', 0);
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
