#pragma once

#include <QStringView>

// Values that say what a field holds by the words in them: a way to pay ("iDEAL", "Klarna"),
// a card shown by its last digits ("Visa - 1234"), the web address of a search, a video or a
// map, a device or system ("ANDROID", "iPhone14,5", a browser's user agent), a way of moving
// ("WALKING", "Ride"), a language and country ("nl-NL"), or a line of an activity log
// ("Searched for …", "Watched …").
// Weaker than a checksum: the classifier uses these when a field's name does not decide.
namespace ValueVocabulary {

enum class Kind {
    None,
    PaymentMethod,
    MaskedCard,
    SearchUrl,
    VideoUrl,
    MapUrl,
    WebUrl,
    Device,
    Movement,
    SearchText,
    WatchText,
    Locale,
    Structural // a word of the file format itself (GeoJSON's "FeatureCollection", "Point")
};

Kind of(QStringView value);

} // namespace ValueVocabulary
