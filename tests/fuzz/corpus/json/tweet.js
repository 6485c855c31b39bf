window.YTD.tweet.part0 = [
  {
    "tweet": {
      "id_str": "1107961434213195776",
      "id": 1107961434213195776,
      "created_at": "Tue Mar 19 14:05:17 +0000 2019",
      "full_text": "Hallo wereld",
      "entities": {
        "hashtags": [
          {
            "text": "roer"
          },
          {
            "text": "privacy"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1107961434213195777",
      "id": 1107961434213195777,
      "created_at": "Wed Mar 20 08:00:00 +0000 2019",
      "full_text": "Tweede bericht"
    }
  }
]