namespace Steward.Cli.Tests;

/// <summary>Supplier profiles the command-line tests share.</summary>
internal static class SupplierProfiles
{
    /// <summary>A public service mutual CIC that is also a supported employment provider (12 of 40 people; 9 of 31.5 FTE).</summary>
    public const string Mutual = """
        {"name":"Brightwork CIC","identifiers":[{"scheme":"GB-COH","id":"1234567"}],"legalForm":"cic-guarantee",
         "socialPurpose":true,"providesSupportedEmployment":true,"publicServiceMission":true,"notForProfit":true,
         "employeeControlled":true,"publicBodyControlled":false,"employees":40,"fte":31.5,"disabledOrDisadvantagedWorkers":12,
         "disabledOrDisadvantagedFte":9,"mainActivityCpv":["85312000"],
         "accounts":[{"year":2025,"turnover":1800000,"tradingIncome":1500000,"grantIncome":300000,"surplus":90000,
                      "distributedToOwners":0,"reinvestedInMission":90000,"balanceSheetTotal":700000}]}
        """;
}
