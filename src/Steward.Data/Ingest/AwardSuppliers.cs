using Steward.Core.Processes;

namespace Steward.Data.Ingest;

/// <summary>
/// The suppliers an award lists, as the analytic tables hold them: the distinct organisations its supplier parties
/// resolve to, and each listed supplier that resolves to none, counted with the scale and VCSE flag its party
/// published (docs/indicators.md, "Splitting an award among its suppliers"). Two parties of one award that resolve to
/// one organisation (a company listed twice under two spellings) are one supplier.
/// </summary>
internal sealed record AwardSuppliers(IReadOnlyList<string> Organisations, int Count, int UnresolvedSme, int UnresolvedNotSme, int UnresolvedVcse)
{
    public static AwardSuppliers Of(AwardFacts award, IReadOnlyList<PartyFacts> parties, IReadOnlyDictionary<string, string> partyOrganisations)
    {
        var organisations = new List<string>();
        int sme = 0, notSme = 0, vcse = 0, unresolved = award.SuppliersWithoutId;
        foreach (var partyId in award.SupplierPartyIds)
        {
            if (partyOrganisations.TryGetValue(partyId, out var organisation))
            {
                if (!organisations.Contains(organisation, StringComparer.Ordinal))
                {
                    organisations.Add(organisation);
                }

                continue;
            }

            unresolved++;
            if (parties.FirstOrDefault(p => p.PartyId == partyId) is not { } party)
            {
                continue;
            }

            sme += Core.Analytics.Counting.IsSme(party.Scale) ? 1 : 0;
            notSme += Core.Analytics.Counting.IsKnownScale(party.Scale) && !Core.Analytics.Counting.IsSme(party.Scale) ? 1 : 0;
            vcse += party.Vcse == true ? 1 : 0;
        }

        return new AwardSuppliers(organisations, organisations.Count + unresolved, sme, notSme, vcse);
    }
}
