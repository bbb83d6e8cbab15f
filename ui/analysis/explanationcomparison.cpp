// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/explanationcomparison.h"

// Qt
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

// Local
#include "ui/analysis/explanationtext.h"
#include "ui/analysis/xaicontrols.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/vtkvolumeconvert.h"

namespace oncoview::ui {

namespace xai = inference::xai;

ExplanationComparison::ExplanationComparison(InferenceService *inference, mri::MprCursor *cursor,
                                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_explainer(new MriExplainer(inference, this))
    , m_plane(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("explanationComparison"));
    setWindowTitle(tr("Explanations side by side"));
    m_plane->addItem(tr("Axial"), int(mri::MprOrientation::Axial));
    m_plane->addItem(tr("Coronal"), int(mri::MprOrientation::Coronal));
    m_plane->addItem(tr("Sagittal"), int(mri::MprOrientation::Sagittal));
    m_plane->setAccessibleName(tr("Plane"));
    addMethodItems(m_method);
    m_method->setAccessibleName(tr("Method of the right map"));
    m_method->setToolTip(tr("The method that explains the same result in the right pane"));
    m_status->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plane"), this));
    top->addWidget(m_plane);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Right:"), this));
    top->addWidget(m_method);
    top->addWidget(m_status, 1);
    auto *panes = new QGridLayout;
    panes->setSpacing(2);
    for (size_t i = 0; i < 2; ++i) {
        m_views[i] = new mri::MprView(mri::MprOrientation::Axial, cursor, this);
        m_views[i]->setCrosshairMode(true);
        m_captions[i] = new QLabel(this);
        m_captions[i]->setWordWrap(true);
        m_captions[i]->setTextFormat(Qt::PlainText);
        panes->addWidget(m_views[i], 0, int(i));
        panes->addWidget(m_captions[i], 1, int(i));
        // One window and level for both, as a reader compares them.
        connect(m_views[i], &mri::MprView::windowLevelEdited, this, [this](mri::WindowLevel wl) {
            for (mri::MprView *view : m_views) {
                view->setWindowLevel(wl);
            }
        });
    }
    panes->setRowStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(panes, 1);
    resize(1100, 620);

    connect(m_plane, &QComboBox::currentIndexChanged, this, &ExplanationComparison::setPlane);
    connect(m_method, &QComboBox::activated, this,
            [this] { compareWith(xai::Method(m_method->currentData().toInt()), m_target); });
    connect(m_explainer, &MriExplainer::started, this,
            [this](const QString &what) { m_status->setText(what); });
    connect(m_explainer, &MriExplainer::failed, this,
            [this](const QString &, const QString &message) {
                m_status->setText(message);
                m_maps[1].reset();
                showMap(1);
            });
    connect(m_explainer, &MriExplainer::ready, this,
            [this](std::shared_ptr<const MriMapResult> result) {
                m_status->clear();
                m_maps[1] = std::move(result);
                showMap(1);
                Q_EMIT rightReady();
            });
}

void ExplanationComparison::setStudy(std::shared_ptr<const mri::Volume> volume,
                                     mri::WindowLevel windowLevel)
{
    m_volume = std::move(volume);
    if (!m_volume || !mri::volumeProblem(*m_volume).isEmpty()) {
        for (mri::MprView *view : m_views) {
            view->clearImage(tr("No study"));
        }
        return;
    }
    const mri::VtkVolumeImage image = mri::makeVtkImage(m_volume);
    for (size_t i = 0; i < 2; ++i) {
        m_views[i]->setImage(image, windowLevel);
        showMap(int(i));
    }
}

void ExplanationComparison::setAnalysis(const MriExplainer &source)
{
    m_explainer->setAnalysisFrom(source);
    m_maps[1].reset();
    showMap(1);
}

void ExplanationComparison::setLeft(std::shared_ptr<const MriMapResult> left,
                                    const MapDisplay &display)
{
    m_maps[0] = std::move(left);
    m_display = display;
    showMap(0);
    showMap(1);
}

void ExplanationComparison::setGradCamAvailable(bool available)
{
    setGradCamEnabled(m_method, available);
}

void ExplanationComparison::compareWith(xai::Method method, const xai::Target &target)
{
    m_target = target;
    m_method->setCurrentIndex(m_method->findData(int(method)));
    if (!m_explainer->hasAnalysis()) {
        m_status->setText(tr("Analyze the study first."));
        return;
    }
    m_maps[1].reset();
    showMap(1);
    m_explainer->explain(method, target);
}

xai::Method ExplanationComparison::contrastingMethod(xai::Method left)
{
    return left == xai::Method::Occlusion ? xai::Method::IntegratedGradients
                                          : xai::Method::Occlusion;
}

QString ExplanationComparison::caption(int index) const
{
    return m_captions[size_t(index)]->text();
}

void ExplanationComparison::showMap(int index)
{
    mri::MprView *view = m_views[size_t(index)];
    const auto &result = m_maps[size_t(index)];
    if (!result || !result->volume || !view->hasImage()) {
        view->clearOverlay();
        m_captions[size_t(index)]->setText(index == 1 && m_explainer->isBusy() ? tr("Computing…")
                                                                               : tr("No map"));
        return;
    }
    mri::OverlayLayer layer = explanationLayer(*result, m_display);
    view->setOverlay(layer);
    view->setCaption(QString::fromStdString(xai::methodName(result->method)));
    // The verdict of the checks under each map: a map that fails them is flagged here as in
    // the Explanations dock.
    const ExplanationText text = explanationText(*result);
    const QString verdict = text.warnings.isEmpty()
        ? tr("checks passed")
        : tr("%n check(s) flagged: %1", nullptr, int(text.warnings.size()))
              .arg(text.warnings.front());
    m_captions[size_t(index)]->setText(QStringLiteral("%1\n%2").arg(text.heading, verdict));
}

void ExplanationComparison::setPlane(int index)
{
    const auto orientation = mri::MprOrientation(m_plane->itemData(index).toInt());
    for (mri::MprView *view : m_views) {
        view->setOrientation(orientation);
    }
}

} // namespace oncoview::ui
