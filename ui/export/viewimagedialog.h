// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace oncoview::ui {

struct ViewImageOptions;

// File > Save View Image: one view at screen or twice its resolution, with or without its
// overlays, saved as PNG or copied to the clipboard. The choice is remembered for the next
// time and for Copy View Image.
class ViewImageDialog : public QDialog
{
    Q_OBJECT

public:
    ViewImageDialog(QWidget *view, const QString &viewName, QWidget *parent = nullptr);

    ViewImageOptions options() const;
    void setOptions(const ViewImageOptions &options);
    // Renders and writes the view; "" or the reason it failed (also shown to the user).
    QString saveTo(const QString &path);
    // Renders and puts the view on the clipboard.
    QString copyToClipboard();
    // The audit log's words for an export with these options (not translated: a record).
    static QString describe(const ViewImageOptions &options, bool clipboard);

Q_SIGNALS:
    // A save or copy ended: "" or the error.
    void imageExported(const QString &detail, const QString &error);

private:
    void updateSizeNote();
    void chooseFileAndSave();

    QPointer<QWidget> m_view;
    QString m_viewName;
    QRadioButton *m_screen;
    QRadioButton *m_double;
    QCheckBox *m_overlays;
    QLabel *m_sizeNote;
};

// Copies the view with the remembered options (Copy View Image); "" or why it failed.
QString copyViewImage(QWidget *view);

} // namespace oncoview::ui
