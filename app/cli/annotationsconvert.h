// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QStringList>

namespace oncoview::app {

// `oncoview-cli annotations IN --out OUT [--slide SLIDE]`: QuPath GeoJSON <-> ASAP XML (by
// extension: .geojson/.json, .xml) through the app's own readers and writers. Prints one JSON
// object: counts and every warning, read and write, i.e. what could not be carried over (and,
// with --slide, annotations outside the slide). Exit 2 for unreadable input, 64 for usage.
int convertAnnotationsCommand(const QStringList &arguments);

} // namespace oncoview::app
