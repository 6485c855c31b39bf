window.YTD.account.part0 = [
  {"account": {"email": "sanne.bakker@example.nl", "createdVia": "web", "username": "sannebakt", "accountId": "1029384756473829101", "createdAt": "2012-05-01T09:12:44.000Z", "accountDisplayName": "Sanne Bakker"}}
]
