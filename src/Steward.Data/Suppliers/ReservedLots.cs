using Steward.Core.Suppliers;
using Steward.Data.Analytics;
using Steward.Data.Portal;

namespace Steward.Data.Suppliers;

/// <summary>
/// Reads what eligibility needs from the store: a published lot as a <see cref="ReservedLot"/>, and the awards made
/// under s.33 to given organisations (for s.33(5)'s comparable-contract test).
/// </summary>
public static class ReservedLots
{
    /// <summary>
    /// The lot <paramref name="lotId"/> (or <c>tender</c> for a process without lots) of <paramref name="ocid"/>, with
    /// its reservation (the one asked for, else the one it was published with), buyer, CPV codes, threshold flag and the
    /// contract term where a contract for it has been published; null when the store has no such lot.
    /// </summary>
    public static ReservedLot? Read(DatabaseTarget target, string ocid, string lotId, Reservation? reservation, DateOnly awardDate)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var parameters = StoreQuery.With(("@ocid", ocid), ("@lot", lotId));
            var lot = StoreQuery.List(connection,
                "SELECT l.reserved_participation, p.buyer_id, p.buyer_name, p.above_threshold FROM lots l JOIN processes p ON p.ocid = l.ocid WHERE l.ocid = @ocid AND l.lot_id = @lot",
                parameters, r => (Reserved: r.Text(0), Buyer: r.Text(1), BuyerName: r.Text(2), Above: r.Flag(3))).FirstOrDefault();
            if (lot == default)
            {
                return null;
            }

            var cpv = StoreQuery.List(connection,
                "SELECT code, lot_id FROM classifications WHERE ocid = @ocid AND UPPER(scheme) = 'CPV' AND (lot_id = @lot OR lot_id = '') ORDER BY lot_id DESC, code",
                parameters, r => (Code: r.GetString(0), Lot: r.GetString(1)));
            var ownCodes = cpv.Where(c => c.Lot == lotId).Select(c => c.Code).ToList();
            var terms = StoreQuery.List(connection,
                "SELECT c.period_start, c.period_end, a.related_lots FROM contracts c LEFT JOIN awards a ON a.ocid = c.ocid AND a.award_id = c.award_id WHERE c.ocid = @ocid",
                parameters, r => (Start: r.Stamp(0), End: r.Stamp(1), Lots: r.Text(2)))
                .Where(t => t.Lots is null || lotId == "tender" || t.Lots.Split(',').Contains(lotId))
                .ToList();
            var published = Reservations.FromOcds(lot.Reserved);
            return new ReservedLot
            {
                Reservation = reservation ?? (published.Count > 0 ? published[0] : throw new RegisterException(
                    $"lot: {ocid} lot {lotId} was not published as reserved; say which reservation to check with --reservation s32|s33|sme-vcse")),
                BuyerId = lot.Buyer,
                BuyerName = lot.BuyerName,
                Cpv = ownCodes.Count > 0 ? ownCodes : [.. cpv.Select(c => c.Code).Distinct()],
                AboveThreshold = lot.Above,
                AwardDate = awardDate,
                TermStart = terms.Min(t => t.Start) is { } start ? DateOnly.FromDateTime(start) : null,
                TermEnd = terms.Max(t => t.End) is { } end ? DateOnly.FromDateTime(end) : null,
                Ocid = ocid,
                LotId = lotId,
            };
        });
    }

    /// <summary>
    /// Every award the store holds to any of <paramref name="organisationIds"/> for a lot published as reserved for
    /// public service mutuals (s.33): its buyer, date (the contract's signature date, else the award date) and CPV codes.
    /// </summary>
    public static IReadOnlyList<PriorAward> S33Awards(DatabaseTarget target, IReadOnlyCollection<string> organisationIds)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(organisationIds);
        if (organisationIds.Count == 0)
        {
            return [];
        }

        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var names = organisationIds.Select((_, i) => $"@o{i}").ToList();
            var parameters = StoreQuery.With([.. organisationIds.Select((id, i) => ($"@o{i}", (object?)id))]);
            var awards = StoreQuery.List(connection,
                $"""
                SELECT s.ocid, s.award_id, s.organisation_id, a.date, a.related_lots, p.buyer_id, p.title,
                       (SELECT MIN(c.date_signed) FROM contracts c WHERE c.ocid = a.ocid AND c.award_id = a.award_id)
                FROM award_suppliers s
                JOIN awards a ON a.ocid = s.ocid AND a.award_id = s.award_id
                JOIN processes p ON p.ocid = s.ocid
                WHERE s.organisation_id IN ({string.Join(", ", names)})
                  AND EXISTS (SELECT 1 FROM lots l WHERE l.ocid = s.ocid AND l.reserved_participation LIKE '%publicServiceMissionOrganization%')
                """,
                parameters, r => (Ocid: r.GetString(0), Award: r.GetString(1), Supplier: r.GetString(2), Date: r.Stamp(3), Lots: r.Text(4),
                    Buyer: r.Text(5), Title: r.Text(6), Signed: r.Stamp(7)));
            var result = new List<PriorAward>();
            foreach (var award in awards.Where(a => a.Buyer is not null && (a.Signed ?? a.Date) is not null))
            {
                var lotParameters = StoreQuery.With(("@ocid", award.Ocid));
                var lots = StoreQuery.List(connection, "SELECT lot_id, reserved_participation FROM lots WHERE ocid = @ocid", lotParameters,
                    r => (Id: r.GetString(0), Reserved: r.Text(1)));
                var related = award.Lots?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                var reservedLots = lots.Where(l => Reservations.FromOcds(l.Reserved).Contains(Reservation.PublicServiceMutual)
                                                   && (related.Length == 0 || related.Contains(l.Id))).ToList();
                if (reservedLots.Count == 0)
                {
                    continue;
                }

                var codes = StoreQuery.List(connection, "SELECT code, lot_id FROM classifications WHERE ocid = @ocid AND UPPER(scheme) = 'CPV'", lotParameters,
                    r => (Code: r.GetString(0), Lot: r.GetString(1)));
                foreach (var lot in reservedLots)
                {
                    var own = codes.Where(c => c.Lot == lot.Id).Select(c => c.Code).ToList();
                    result.Add(new PriorAward(award.Ocid, lot.Id, award.Buyer!, award.Supplier, DateOnly.FromDateTime((award.Signed ?? award.Date)!.Value),
                        own.Count > 0 ? own : [.. codes.Where(c => c.Lot.Length == 0).Select(c => c.Code)])
                    { Title = award.Title });
                }
            }

            return result;
        });
    }

    /// <summary>The published organisations that hold any of these identifiers (as the store keys them).</summary>
    public static IReadOnlyList<string> OrganisationsFor(DatabaseTarget target, IReadOnlyList<Core.Processes.OrganisationIdentifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(identifiers);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return (IReadOnlyList<string>)[.. identifiers.SelectMany(i => StoreQuery.List(connection,
                    "SELECT organisation_id FROM organisation_identifiers WHERE scheme = @scheme AND identifier = @id",
                    StoreQuery.With(("@scheme", i.Scheme), ("@id", i.Id)), r => r.GetString(0))).Distinct()];
        });
    }

    /// <summary>A published lot in words (process title, lot title, buyer), or null when the store has no such lot.</summary>
    public static string? Describe(DatabaseTarget target, string ocid, string lotId)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return StoreQuery.List(connection,
                "SELECT p.title, l.title, p.buyer_name FROM lots l JOIN processes p ON p.ocid = l.ocid WHERE l.ocid = @ocid AND l.lot_id = @lot",
                StoreQuery.With(("@ocid", ocid), ("@lot", lotId)),
                r => $"{r.Text(0) ?? "(untitled)"}{(r.Text(1) is { } lot ? $", {lot}" : string.Empty)}{(r.Text(2) is { } buyer ? $" ({buyer})" : string.Empty)}").FirstOrDefault();
        });
    }

    /// <summary>
    /// The eligibility decision for bidders (a consortium when several, lead first), each a profile and the published
    /// organisation it is linked to (if any): for s.33, the earlier s.33 awards of those organisations and of any that
    /// hold the profiles' identifiers are read from the store.
    /// </summary>
    public static EligibilityDecision Decide(DatabaseTarget target, ReservedLot lot, IReadOnlyList<(SupplierProfile Profile, string? OrganisationId)> bidders,
        ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(bidders);
        var prior = lot.Reservation == Reservation.PublicServiceMutual
            ? S33Awards(target, [.. bidders.SelectMany(b => OrganisationsFor(target, ProfileIdentifiers.Normalised(b.Profile)).Prepend(b.OrganisationId).OfType<string>()).Distinct()])
            : [];
        return ReservedLotEligibility.Decide(lot, [.. bidders.Select(b => b.Profile)], prior, rules);
    }
}
