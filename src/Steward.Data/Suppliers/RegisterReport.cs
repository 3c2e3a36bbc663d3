using Steward.Core.Analytics;
using Steward.Core.Suppliers;
using Steward.Data.Analytics;
using Steward.Data.Portal;

namespace Steward.Data.Suppliers;

/// <summary>
/// The register against published data: flags organisations published that their profiles contradict or cannot
/// support, and each buyer's share of spend going to register-verified social enterprises and VCSEs.
/// </summary>
public static class RegisterReport
{
    public static IReadOnlyList<MismatchRow> Mismatches(DatabaseTarget target, IReadOnlyList<StoredProfile> profiles, ClassificationRules rules, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(profiles);
        var linked = profiles.Where(p => p.OrganisationId is not null).ToList();
        if (linked.Count == 0)
        {
            return [];
        }

        var flags = PublishedFlagsOf(target, [.. linked.Select(p => p.OrganisationId!)]);
        return
        [
            .. linked.Where(p => flags.ContainsKey(p.OrganisationId!))
                .SelectMany(p => FlagMismatches.Compare(flags[p.OrganisationId!], SupplierClassifier.Classify(p.Profile, rules), p.Profile.Evidence, day)
                    .Select(m => new MismatchRow(p.Id, p.Name, p.OrganisationId!, m))),
        ];
    }

    public static IReadOnlyList<BuyerRegisterShare> BuyerShares(DatabaseTarget target, IReadOnlyList<StoredProfile> profiles, ClassificationRules rules, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(profiles);
        var profiled = profiles.Where(p => p.OrganisationId is not null).GroupBy(p => p.OrganisationId!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var verified = profiled.Where(g => g.Value.Any(p => IsVerifiedMission(p.Profile, rules, day))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        DatabaseMigrator.EnsureReady(target);
        var rows = DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            // Spend only, counted once, from UK publishers: as the buyer benchmarks count it (docs/indicators.md).
            return StoreQuery.List(connection,
                $"""
                SELECT p.buyer_id, p.buyer_name, s.organisation_id, a.value, a.currency, a.status, a.supplier_count
                FROM awards a
                JOIN award_suppliers s ON s.ocid = a.ocid AND s.award_id = a.award_id
                JOIN processes p ON p.ocid = a.ocid
                WHERE p.buyer_id IS NOT NULL AND a.value IS NOT NULL AND p.duplicate_of IS NULL AND (p.arrangement IS NULL OR p.call_off)
                  AND {SearchFilters.UkPublishers("p")}
                """,
                StoreQuery.With(), r => (Buyer: r.GetString(0), Name: r.Text(1), Supplier: r.GetString(2), Value: r.Real(3), Currency: r.Text(4),
                    Status: r.Text(5), Suppliers: r.Whole(6) ?? 1));
        });
        return
        [
            .. rows.Where(r => (r.Status is null || r.Status.Equals("active", StringComparison.OrdinalIgnoreCase)) && Counting.Value(r.Value, r.Currency) is not null)
                .GroupBy(r => r.Buyer)
                .Select(g =>
                {
                    double Share((string Buyer, string? Name, string Supplier, double? Value, string? Currency, string? Status, int Suppliers) r) => r.Value!.Value / Math.Max(1, r.Suppliers);
                    return new BuyerRegisterShare(g.Key, g.Select(r => r.Name).FirstOrDefault(n => n is not null), g.Sum(Share),
                        g.Where(r => profiled.ContainsKey(r.Supplier)).Sum(Share), g.Where(r => verified.Contains(r.Supplier)).Sum(Share));
                })
                .OrderByDescending(b => b.AwardedValue),
        ];
    }

    /// <summary>
    /// The published organisations the register verifies (on <paramref name="day"/>) as social enterprises or VCSEs,
    /// for the buyer benchmarks' <c>registerShare</c>; null when the register holds no linked profile at all.
    /// </summary>
    public static IReadOnlySet<string>? VerifiedMissionSuppliers(DatabaseTarget target, ClassificationRules rules, DateOnly day, TimeProvider time)
    {
        if (!AnyLinked(target))
        {
            return null;
        }

        var linked = new SupplierRegister(target, time).All().Where(p => p.OrganisationId is not null).ToList();
        return linked.Count == 0
            ? null
            : linked.Where(p => IsVerifiedMission(p.Profile, rules, day)).Select(p => p.OrganisationId!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether any profile names a published organisation, by a plain query: most stores have none, and reading the
    /// register through its context first costs a command's start over a second (every import and collector round asks).
    /// </summary>
    private static bool AnyLinked(DatabaseTarget target)
    {
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM supplier_profiles WHERE organisation_id IS NOT NULL LIMIT 1";
            return command.ExecuteScalar() is not null;
        });
    }

    /// <summary>A verified social enterprise or VCSE: the classification is true and current evidence covers every field it read.</summary>
    public static bool IsVerifiedMission(SupplierProfile profile, ClassificationRules rules, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return IsVerifiedMission(SupplierClassifier.Classify(profile, rules), profile.Evidence, day);
    }

    /// <summary>The same, for a classification already made.</summary>
    public static bool IsVerifiedMission(SupplierClassification classification, IReadOnlyList<Evidence> evidence, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return EvidenceCheck.IsVerified(classification.Vcse, evidence, day) || EvidenceCheck.IsVerified(classification.SocialEnterprise, evidence, day);
    }

    private static Dictionary<string, PublishedFlags> PublishedFlagsOf(DatabaseTarget target, IReadOnlyList<string> organisationIds)
    {
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var result = new Dictionary<string, PublishedFlags>(StringComparer.Ordinal);
            foreach (var chunk in organisationIds.Distinct().Chunk(500))
            {
                var names = chunk.Select((_, i) => $"@o{i}").ToList();
                foreach (var row in StoreQuery.List(connection,
                             $"SELECT id, scale, vcse, sheltered_workshop, public_service_mission FROM organisations WHERE id IN ({string.Join(", ", names)})",
                             StoreQuery.With([.. chunk.Select((id, i) => ($"@o{i}", (object?)id))]),
                             r => (Id: r.GetString(0), Flags: new PublishedFlags(r.Text(1), r.Flag(2), r.Flag(3), r.Flag(4)))))
                {
                    result[row.Id] = row.Flags;
                }
            }

            return result;
        });
    }
}
