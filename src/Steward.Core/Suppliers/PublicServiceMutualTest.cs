namespace Steward.Core.Suppliers;

/// <summary>
/// Public service mutual, PA 2023 s.33(6): (a) it operates for the purpose of delivering public services and mainly
/// for delivering reservable light-touch services (more than half its listed main activities are on
/// <see cref="ClassificationRules.ReservableServices"/>); (b) it is run not for profit or distributes profits only to
/// members; (c) its employees manage and control it. Whether it is "qualifying" for a particular award (s.33(5): no
/// comparable contract in 3 years) depends on the award, so <see cref="ReservedLotEligibility"/> decides that.
/// </summary>
public static class PublicServiceMutualTest
{
    public static Classification Classify(SupplierProfile profile, ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        return Classification.AllOf(Mission(profile), Services(profile, rules), Profit(profile), Control(profile));
    }

    private static Reason Mission(SupplierProfile profile)
    {
        const string reference = "PA 2023 s.33(6)(a)";
        return profile.PublicServiceMission switch
        {
            true => new Reason("publicServiceMission", Verdict.True, $"It operates for the purpose of delivering public services ({reference}).", reference) { Fields = ["publicServiceMission"] },
            false => new Reason("publicServiceMission", Verdict.False, $"It does not operate for the purpose of delivering public services ({reference}).", reference) { Fields = ["publicServiceMission"] },
            null => new Reason("publicServiceMission", Verdict.Unknown, $"Whether it operates to deliver public services (publicServiceMission) is missing ({reference}).", reference) { Fields = ["publicServiceMission"] },
        };
    }

    private static Reason Services(SupplierProfile profile, ClassificationRules rules)
    {
        const string reference = "PA 2023 s.33(6)(a)";
        var codes = profile.MainActivityCpv;
        if (codes.Count == 0)
        {
            return new Reason("mainlyReservableServices", Verdict.Unknown,
                $"Its main activities (mainActivityCpv) are missing, so whether it mainly delivers reservable light-touch services cannot be told ({reference}).", reference)
            { Fields = ["mainActivityCpv"] };
        }

        var reservable = codes.Where(rules.ReservableServices.Contains).ToList();
        var passes = reservable.Count * 2 > codes.Count;
        var listed = reservable.Count == 0 ? "none" : string.Join(", ", reservable);
        return new Reason("mainlyReservableServices", passes ? Verdict.True : Verdict.False,
            $"{reservable.Count} of its {codes.Count} main activities are reservable light-touch services ({listed}); more than half are needed ({reference}; {ReservableServices.Source}).", reference)
        { Fields = ["mainActivityCpv"], Figures = Figures.Of(("reservable", reservable.Count), ("activities", codes.Count)) };
    }

    private static Reason Profit(SupplierProfile profile)
    {
        const string reference = "PA 2023 s.33(6)(b)";
        string[] fields = ["notForProfit", "distributesOnlyToMembers", "legalForm"];
        if (profile.NotForProfit == true || profile.LegalForm is LegalForm.Charity or LegalForm.Cio)
        {
            return new Reason("notForProfitOrMembers", Verdict.True, $"It is run on a not-for-profit basis ({reference}).", reference) { Fields = fields };
        }

        if (profile.DistributesOnlyToMembers == true || profile.LegalForm == LegalForm.CooperativeSociety)
        {
            return new Reason("notForProfitOrMembers", Verdict.True, $"It distributes profits only to its members ({reference}).", reference) { Fields = fields };
        }

        return profile.NotForProfit == false && profile.DistributesOnlyToMembers == false
            ? new Reason("notForProfitOrMembers", Verdict.False, $"It is run for profit and distributes to people other than its members ({reference}).", reference) { Fields = fields }
            : new Reason("notForProfitOrMembers", Verdict.Unknown, $"Whether it is not-for-profit (notForProfit) or distributes only to members (distributesOnlyToMembers) is missing ({reference}).", reference) { Fields = fields };
    }

    private static Reason Control(SupplierProfile profile)
    {
        const string reference = "PA 2023 s.33(6)(c)";
        return profile.EmployeeControlled switch
        {
            true => new Reason("employeeControl", Verdict.True, $"It is under the management and control of its employees ({reference}).", reference) { Fields = ["employeeControlled"] },
            false => new Reason("employeeControl", Verdict.False, $"It is not under the management and control of its employees ({reference}).", reference) { Fields = ["employeeControlled"] },
            null => new Reason("employeeControl", Verdict.Unknown, $"Whether its employees manage and control it (employeeControlled) is missing ({reference}).", reference) { Fields = ["employeeControlled"] },
        };
    }
}
