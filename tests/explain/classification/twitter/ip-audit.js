window.YTD.ip_audit.part0 = [
  {"ipAudit": {"accountId": "1029384756473829101", "createdAt": "2024-01-30T08:11:02.000Z", "loginIp": "84.104.23.17"}},
  {"ipAudit": {"accountId": "1029384756473829101", "createdAt": "2024-02-02T19:45:51.000Z", "loginIp": "145.53.10.201"}}
]
