using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Core.Suppliers;
using Steward.Data.Portal;
using Steward.Data.Suppliers;

namespace Steward.Data.Demo;

/// <summary>
/// Synthetic supplier-register profiles for demo suppliers (organisations named "(synthetic …)"), so the register's
/// pages, eligibility checks and mismatch report have something to show. Figures are invented and say so; about one
/// in six contradicts what its notices published, and some evidence has expired.
/// </summary>
public static class DemoRegister
{
    public const string Author = "steward demo (synthetic)";

    /// <summary>Adds profiles for up to <paramref name="count"/> demo suppliers with awards; returns how many were saved.</summary>
    public static int Seed(DatabaseTarget target, TimeProvider time, int count)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        DatabaseMigrator.EnsureReady(target);
        var suppliers = DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return StoreQuery.List(connection,
                """
                SELECT o.id, o.name, o.scale, o.vcse, o.sheltered_workshop, o.public_service_mission
                FROM organisations o
                WHERE o.name LIKE '%(synthetic %' AND EXISTS (SELECT 1 FROM award_suppliers s WHERE s.organisation_id = o.id)
                ORDER BY o.id
                """,
                StoreQuery.With(), r => (Id: r.GetString(0), Name: r.GetString(1), Scale: r.IsDBNull(2) ? null : r.GetString(2),
                    Vcse: !r.IsDBNull(3) && r.GetBoolean(3), Sheltered: !r.IsDBNull(4) && r.GetBoolean(4), Mutual: !r.IsDBNull(5) && r.GetBoolean(5)));
        });
        var register = new SupplierRegister(target, time);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var saved = 0;
        foreach (var (supplier, index) in suppliers.Take(count).Select((s, i) => (s, i)))
        {
            var random = DemoRandom.For(7, index, 31);
            var contradicts = index % 6 == 5;
            var json = Profile(supplier.Id, supplier.Name, supplier.Scale == "large", supplier.Vcse && !contradicts, supplier.Sheltered, supplier.Mutual, random, today);
            using var document = JsonDocument.Parse(json.ToJsonString());
            var read = SupplierProfileJson.Read(document.RootElement);
            if (read.Profile is { } profile)
            {
                register.Save(document.RootElement, profile, Author);
                saved++;
            }
        }

        return saved;
    }

    private static JsonObject Profile(string id, string name, bool large, bool mission, bool sheltered, bool mutual, Random random, DateOnly today)
    {
        var dash = id.IndexOf('-', 3);
        var employees = large ? 250 + random.Next(2000) : 5 + random.Next(200);
        var turnover = Math.Round(employees * (40_000m + random.Next(60_000)), 0);
        var surplus = Math.Round(turnover * (0.01m + (decimal)random.NextDouble() * 0.08m), 0);
        var reinvested = mission ? Math.Round(surplus * (0.6m + (decimal)random.NextDouble() * 0.4m), 0) : Math.Round(surplus * (decimal)random.NextDouble() * 0.3m, 0);
        var form = mutual ? "cooperative-society" : mission ? (random.Next(2) == 0 ? "cic-shares" : "community-benefit-society") : large ? "plc" : "company-limited-by-shares";
        var verifiedOn = today.AddDays(-random.Next(30, 420));
        return new JsonObject
        {
            ["name"] = name,
            ["identifiers"] = new JsonArray(new JsonObject { ["scheme"] = id[..dash], ["id"] = id[(dash + 1)..] }),
            ["legalForm"] = form,
            ["purpose"] = "Synthetic demo profile: the figures are invented.",
            ["socialPurpose"] = mission || sheltered || mutual,
            ["assetLock"] = mission,
            ["providesSupportedEmployment"] = sheltered,
            ["publicServiceMission"] = mutual,
            ["notForProfit"] = mission && !mutual,
            ["distributesOnlyToMembers"] = mutual,
            ["employeeControlled"] = mutual,
            ["publicBodyControlled"] = false,
            ["employees"] = employees,
            ["disabledOrDisadvantagedWorkers"] = sheltered ? (int)Math.Ceiling(employees * (0.28 + (random.NextDouble() * 0.2))) : random.Next(employees / 10 + 1),
            ["mainActivityCpv"] = new JsonArray(mutual ? "85312000" : sheltered ? "79342000" : "72000000"),
            ["accounts"] = new JsonArray(new JsonObject
            {
                ["year"] = today.Year - 1,
                ["turnover"] = turnover,
                ["tradingIncome"] = Math.Round(turnover * (mission ? 0.55m + (decimal)random.NextDouble() * 0.4m : 1m), 0),
                ["grantIncome"] = mission ? Math.Round(turnover * 0.05m, 0) : 0m,
                ["surplus"] = surplus,
                ["distributedToOwners"] = surplus - reinvested,
                ["reinvestedInMission"] = reinvested,
                ["balanceSheetTotal"] = Math.Round(turnover * 0.4m, 0),
            }),
            ["evidence"] = new JsonArray(new JsonObject
            {
                ["kind"] = "accounts",
                ["covers"] = new JsonArray("accounts", "legalForm", "socialPurpose", "assetLock", "publicBodyControlled", "dividendCapPercent", "workforce",
                    "providesSupportedEmployment", "publicServiceMission", "notForProfit", "distributesOnlyToMembers", "employeeControlled", "mainActivityCpv"),
                ["document"] = $"Synthetic filing {id}",
                ["verifiedBy"] = "Demo commissioning team",
                ["verifiedOn"] = verifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["validUntil"] = verifiedOn.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }),
        };
    }
}
