// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

// Local
#include "inference/manifest.h"
#include "ui/mriinputs.h"
#include "ui/studyloader.h"

#include <map>
#include <string>

namespace oncoview::ui {

// Which series feeds each package input: input name -> index into LoadedStudy::series, -1 for
// none. Guessed from each series' role (DICOM tags and descriptions), shown to the user,
// changeable, and remembered per protocol (the study's series descriptions), as a hanging
// protocol is.
using StudyInputMapping = std::map<std::string, int>;

// The protocol of a study: its series descriptions, sorted (not UIDs: those change per study).
QString protocolKey(const LoadedStudy &study);

// The remembered mapping for this protocol and package, else the first series of the role
// named like each input (the scanner's guess).
StudyInputMapping guessInputMapping(const LoadedStudy &study, const inference::Manifest &manifest);

// Stores `mapping` (by series description) for studies of this protocol (QSettings).
void rememberInputMapping(const LoadedStudy &study, const inference::Manifest &manifest,
                          const StudyInputMapping &mapping);

// The volumes of each input's series, in phase order, as mriModelInputs takes them.
RoleVolumes mappedVolumes(const LoadedStudy &study, const StudyInputMapping &mapping);

} // namespace oncoview::ui
