// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/xaicontrols.h"

// Qt
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>

namespace oncoview::ui {

namespace xai = inference::xai;

void addMethodItems(QComboBox *combo)
{
    // Integrated gradients first: exact (completeness) and defined for any differentiable
    // package; Grad-CAM needs a feature map and suits models with averaging heads.
    for (const xai::Method m : {xai::Method::IntegratedGradients, xai::Method::GradCam,
                                xai::Method::GradCamPlusPlus, xai::Method::Occlusion}) {
        combo->addItem(QString::fromStdString(xai::methodName(m)), int(m));
    }
}

void setGradCamEnabled(QComboBox *combo, bool enabled)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    for (int row = 0; row < combo->count(); ++row) {
        const auto m = xai::Method(combo->itemData(row).toInt());
        if (m == xai::Method::GradCam || m == xai::Method::GradCamPlusPlus) {
            model->item(row)->setEnabled(enabled);
        }
    }
    const auto current = xai::Method(combo->currentData().toInt());
    if (!enabled && (current == xai::Method::GradCam || current == xai::Method::GradCamPlusPlus)) {
        combo->setCurrentIndex(combo->findData(int(xai::Method::IntegratedGradients)));
    }
}

XaiControls::XaiControls(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_explain(new QToolButton(this))
    , m_visible(new QCheckBox(tr("Show map"), this))
    , m_percentile(new QSpinBox(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_outline(new QCheckBox(tr("Outline"), this))
    , m_jump(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_ask(new QToolButton(this))
    , m_compare(new QToolButton(this))
{
    setObjectName(QStringLiteral("xaiControls"));
    addMethodItems(m_method);
    m_method->setObjectName(QStringLiteral("xaiMethod"));
    m_method->setAccessibleName(tr("Explanation method"));
    m_target->setObjectName(QStringLiteral("xaiTarget"));
    m_target->setAccessibleName(tr("Class explained"));
    m_target->setToolTip(tr("The class whose evidence the map shows"));
    m_explain->setText(tr("Explain"));
    m_explain->setToolTip(tr("Compute the map of the last MRI result with this method"));
    m_visible->setChecked(true);
    m_visible->setShortcut(QKeySequence(Qt::Key_X));
    m_visible->setToolTip(tr("Show or hide the explanation map (X)"));
    m_percentile->setRange(0, 99);
    m_percentile->setValue(MapDisplay().percentile);
    m_percentile->setPrefix(tr("top above p"));
    m_percentile->setToolTip(tr("Hide the voxels below this percentile of the map's magnitudes"));
    m_percentile->setAccessibleName(tr("Threshold percentile"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(int(MapDisplay().opacity * 100));
    m_opacity->setAccessibleName(tr("Map opacity"));
    m_opacity->setToolTip(tr("Opacity of the map"));
    m_jump->setText(tr("Go to maximum"));
    m_jump->setToolTip(tr("Move the cursor to the map's strongest evidence"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the map as NIfTI on the study's patient space"));
    m_ask->setText(tr("Ask MedDr"));
    m_ask->setToolTip(tr("Put the result, its explanation and the view with the map into the "
                         "chat; you see and send the question yourself"));
    m_compare->setText(tr("Side by side…"));
    m_compare->setToolTip(tr("Show this map beside the same result explained by another method"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_method, 0, 0, 1, 2);
    grid->addWidget(m_target, 0, 2, 1, 2);
    grid->addWidget(m_explain, 1, 0);
    grid->addWidget(m_visible, 1, 1);
    grid->addWidget(m_percentile, 1, 2);
    grid->addWidget(m_outline, 1, 3);
    grid->addWidget(m_opacity, 2, 0, 1, 4);
    grid->addWidget(m_jump, 3, 0);
    grid->addWidget(m_compare, 3, 1);
    grid->addWidget(m_export, 3, 2);
    grid->addWidget(m_ask, 3, 3);

    connect(m_explain, &QToolButton::clicked, this,
            [this] { Q_EMIT explainRequested(method(), target()); });
    connect(m_visible, &QCheckBox::toggled, this, &XaiControls::displayChanged);
    connect(m_outline, &QCheckBox::toggled, this, &XaiControls::displayChanged);
    connect(m_percentile, &QSpinBox::valueChanged, this, &XaiControls::displayChanged);
    connect(m_opacity, &QSlider::valueChanged, this, &XaiControls::displayChanged);
    connect(m_jump, &QToolButton::clicked, this, &XaiControls::jumpToMaximumRequested);
    connect(m_export, &QToolButton::clicked, this, &XaiControls::exportRequested);
    connect(m_ask, &QToolButton::clicked, this, &XaiControls::askChatRequested);
    connect(m_compare, &QToolButton::clicked, this, &XaiControls::compareRequested);
    setHasResult(false);
}

xai::Method XaiControls::method() const
{
    return xai::Method(m_method->currentData().toInt());
}

void XaiControls::setMethod(xai::Method method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
}

void XaiControls::setTargets(const inference::Manifest &manifest)
{
    m_target->clear();
    int chosen = -1;
    for (const inference::ManifestOutput &output : manifest.outputs) {
        if (!output.explains.empty()) {
            continue; // gate weights, attention: already probabilities or weights, not logits
        }
        for (size_t k = 0; k < output.labels.size(); ++k) {
            m_target->addItem(
                QStringLiteral("%1: %2").arg(QString::fromStdString(output.name),
                                             QString::fromStdString(output.labels[k])),
                QStringList {QString::fromStdString(output.name), QString::number(k)});
            if (chosen < 0 && k + 1 == output.labels.size()) {
                chosen = m_target->count() - 1; // the first output's last label
            }
        }
    }
    m_target->setCurrentIndex(std::max(chosen, 0));
}

inference::xai::Target XaiControls::target() const
{
    inference::xai::Target target;
    const QStringList data = m_target->currentData().toStringList();
    if (data.size() == 2) {
        target.output = data[0].toStdString();
        target.classIndex = data[1].toLongLong();
    }
    return target;
}

void XaiControls::setGradCamAvailable(bool available)
{
    setGradCamEnabled(m_method, available);
}

MapDisplay XaiControls::display() const
{
    MapDisplay display;
    display.percentile = m_percentile->value();
    display.opacity = m_opacity->value() / 100.0;
    display.outline = m_outline->isChecked();
    return display;
}

bool XaiControls::mapVisible() const
{
    return m_visible->isChecked();
}

void XaiControls::setMapVisible(bool visible)
{
    m_visible->setChecked(visible);
}

void XaiControls::setHasMap(bool hasMap)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_visible, m_percentile, m_opacity, m_outline, m_jump, m_export, m_ask, m_compare}) {
        w->setEnabled(hasMap);
    }
}

void XaiControls::setHasResult(bool hasResult)
{
    m_method->setEnabled(hasResult);
    m_target->setEnabled(hasResult);
    m_explain->setEnabled(hasResult);
    if (!hasResult) {
        setHasMap(false);
    }
}

} // namespace oncoview::ui
