namespace Steward.Core.Suppliers;

/// <summary>
/// Decides whether a bidder may bid for a reserved lot. s.32 (PA 2023 s.32(1)–(4)): any goods, services or works;
/// the bidder must be a supported employment provider (its own workforce, the performing part, or a consortium's
/// combined workforce). s.33: the lot must be for reservable light-touch services (s.33(1)(a)) with a term of 5 years
/// or less (s.33(1)(b)); the bidder must be a public service mutual (s.33(6)) that has not entered a comparable
/// contract — same kind of services, same authority, awarded under s.33 — in the 3 years ending with the award day
/// (s.33(5), (7)). smeVcse: the contract must be below threshold and the bidder an SME or a VCSE.
/// </summary>
public static class ReservedLotEligibility
{
    /// <summary>
    /// The decision for <paramref name="members"/> (one supplier, or a consortium whose lead is first) bidding for
    /// <paramref name="lot"/>; <paramref name="priorAwards"/> are the s.33 awards the store holds for the members.
    /// </summary>
    public static EligibilityDecision Decide(ReservedLot lot, IReadOnlyList<SupplierProfile> members, IReadOnlyList<PriorAward> priorAwards, ClassificationRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(priorAwards);
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        rules ??= ClassificationRules.Default;
        var lotReasons = LotTests.Check(lot, rules);
        var comparable = new List<PriorAward>();
        var bidder = new List<Reason>();
        Verdict? bidderResult = null;
        switch (lot.Reservation)
        {
            case Reservation.SupportedEmployment:
                // Its result, not its reasons re-combined: a failing whole workforce beside a passing performing part is a pass (s.32(4)(b)).
                var sep = members.Count == 1
                    ? SupportedEmploymentTest.Classify(members[0], rules)
                    : SupportedEmploymentTest.ClassifyConsortium(members, rules);
                bidder.AddRange(sep.Reasons);
                bidderResult = sep.Result;
                break;
            case Reservation.PublicServiceMutual:
                foreach (var member in members)
                {
                    var psm = PublicServiceMutualTest.Classify(member, rules);
                    bidder.AddRange(psm.Reasons.Select(r => members.Count == 1 ? r : r with { Text = $"{member.Name}: {r.Text}" }));
                }

                var found = ComparableContracts.Find(lot, priorAwards, rules.ComparableCpvDigits);
                comparable.AddRange(found);
                bidder.Add(ComparableContracts.Reason(lot, found, rules.ComparableCpvDigits));
                break;
            default:
                bidder.AddRange(members.Select(m => SmeOrVcse(m, rules, members.Count > 1)));
                break;
        }

        var lotResult = Classification.AllOf(lotReasons).Result;
        var bidderVerdict = bidderResult ?? Classification.AllOf(bidder).Result;
        var result = lotResult == Verdict.False || bidderVerdict == Verdict.False ? Verdict.False
            : lotResult == Verdict.True && bidderVerdict == Verdict.True ? Verdict.True
            : Verdict.Unknown;
        return new EligibilityDecision(result, lotReasons, bidder) { ComparableContracts = comparable };
    }

    private static Reason SmeOrVcse(SupplierProfile member, ClassificationRules rules, bool named)
    {
        var reference = Reservation.SmeVcse.Reference();
        var sme = SmeTest.Classify(member, rules).Result;
        var vcse = VcseTest.Classify(member, rules).Result;
        var who = named ? $"{member.Name}: " : string.Empty;
        var outcome = sme == Verdict.True || vcse == Verdict.True ? Verdict.True
            : sme == Verdict.False && vcse == Verdict.False ? Verdict.False
            : Verdict.Unknown;
        var text = $"{who}SME {Word(sme)}, VCSE {Word(vcse)}; one of the two is needed ({reference}; {SmeTest.Reference}; {VcseTest.Reference}).";
        return new Reason("smeOrVcse", outcome, text, reference) { Fields = ["employees", "accounts", "legalForm", "socialPurpose", "publicBodyControlled"] };
    }

    private static string Word(Verdict verdict) => verdict switch { Verdict.True => "yes", Verdict.False => "no", _ => "unknown" };
}
