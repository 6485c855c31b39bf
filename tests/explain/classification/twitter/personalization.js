window.YTD.personalization.part0 = [
  {"p13nData": {
    "demographics": {"languages": [{"language": "Dutch", "isDisabled": false}, {"language": "English", "isDisabled": false}], "genderInfo": {"gender": "female"}},
    "interests": {"interests": [{"name": "Cycling", "isDisabled": false}, {"name": "Podcasts", "isDisabled": false}, {"name": "Parenting", "isDisabled": true}],
                  "partnerInterests": [], "audienceAndAdvertisers": {"numAudiences": "4", "advertisers": [], "lookalikeAdvertisers": ["@bolcom", "@NS_online"]},
                  "shows": ["Heel Holland Bakt", "Wie is de Mol?"]},
    "locationHistory": ["Utrecht, Netherlands"],
    "inferredAgeInfo": {"age": ["25-34"], "birthDate": ""}}}
]
