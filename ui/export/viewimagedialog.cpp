// SPDX-License-Identifier: Apache-2.0
#include "ui/export/viewimagedialog.h"

// Qt
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

// Local
#include "ui/export/viewimage.h"

namespace oncoview::ui {

ViewImageDialog::ViewImageDialog(QWidget *view, const QString &viewName, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_viewName(viewName)
    , m_screen(new QRadioButton(tr("&Screen resolution"), this))
    , m_double(new QRadioButton(tr("&Twice the screen resolution (2×)"), this))
    , m_overlays(new QCheckBox(tr("&Overlays: colour layers, annotations, measurements, "
                                  "crosshair and labels"),
                               this))
    , m_sizeNote(new QLabel(this))
{
    setWindowTitle(tr("Save View Image"));
    setObjectName(QStringLiteral("view-image-dialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>%1</b>").arg(viewName.toHtmlEscaped()), this));
    layout->addWidget(m_screen);
    layout->addWidget(m_double);
    layout->addWidget(m_overlays);
    layout->addWidget(m_sizeNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    layout->addWidget(buttons);
    m_screen->setAccessibleDescription(tr("The image has the view's pixels on screen"));
    m_double->setAccessibleDescription(
        tr("The view is rendered again with twice as many pixels each way"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (const QString error = copyToClipboard(); !error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
        }
    });
    connect(save, &QPushButton::clicked, this, &ViewImageDialog::chooseFileAndSave);
    connect(m_double, &QRadioButton::toggled, this, &ViewImageDialog::updateSizeNote);
    setOptions(ViewImageOptions::remembered());
}

ViewImageOptions ViewImageDialog::options() const
{
    ViewImageOptions options;
    options.scale = m_double->isChecked() ? 2.0 : 1.0;
    options.overlays = m_overlays->isChecked();
    return options;
}

void ViewImageDialog::setOptions(const ViewImageOptions &options)
{
    (options.scale >= 2.0 ? m_double : m_screen)->setChecked(true);
    m_overlays->setChecked(options.overlays);
    updateSizeNote();
}

void ViewImageDialog::updateSizeNote()
{
    if (!m_view) {
        return;
    }
    const QSize size
        = (QSizeF(m_view->size()) * m_view->devicePixelRatioF() * options().scale).toSize();
    m_sizeNote->setText(tr("%1 × %2 pixels, PNG").arg(size.width()).arg(size.height()));
}

QString ViewImageDialog::saveTo(const QString &path)
{
    const ViewImageOptions chosen = options();
    chosen.remember();
    QString error;
    const QImage image = renderViewImage(m_view, chosen, &error);
    error = image.isNull() ? error : saveViewImage(image, path);
    Q_EMIT imageExported(describe(chosen, false), error);
    return error;
}

QString ViewImageDialog::copyToClipboard()
{
    options().remember();
    const QString error = copyViewImage(m_view);
    Q_EMIT imageExported(describe(options(), true), error);
    return error;
}

void ViewImageDialog::chooseFileAndSave()
{
    QString name = m_viewName;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), QDir::home().filePath(name + QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = saveTo(path); !error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

QString ViewImageDialog::describe(const ViewImageOptions &options, bool clipboard)
{
    return QStringLiteral("%1 PNG %2x, %3")
        .arg(clipboard ? QStringLiteral("clipboard") : QStringLiteral("file"))
        .arg(options.scale)
        .arg(options.overlays ? QStringLiteral("overlays") : QStringLiteral("no overlays"));
}

QString copyViewImage(QWidget *view)
{
    QString error;
    const QImage image = renderViewImage(view, ViewImageOptions::remembered(), &error);
    if (image.isNull()) {
        return error;
    }
    QApplication::clipboard()->setImage(image);
    return {};
}

} // namespace oncoview::ui
