// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QMenu>

namespace oncoview::ui {

class ModelLibrary;

// The "AI" menu: add a folder of model packages, list the packages with their validation
// status, choose the engine's thread count. GUI thread only.
class ModelMenu : public QMenu
{
    Q_OBJECT
public:
    ModelMenu(ModelLibrary *library, QWidget *parent);

Q_SIGNALS:
    // A package for breast MRI studies became available (after adding a folder).
    void mriPackageChosen(const QString &packageDir);
    // A slide (MIL) package became available (after adding a folder).
    void slidePackageChosen(const QString &packageDir);

private:
    void addFolder();
    void showPackages();
    void buildThreadMenu();

    ModelLibrary *m_library;
};

} // namespace oncoview::ui
