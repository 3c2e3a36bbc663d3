using Steward.Core.Suppliers;
using Steward.Data.Suppliers;
using Steward.Web.Tables;
using static Steward.Web.Tables.ColumnFormat;

namespace Steward.Web.Register;

/// <summary>The register's tables, the same on the pages and in their CSV/XLSX downloads (keys <c>register…</c>).</summary>
public static class RegisterTables
{
    public static readonly IReadOnlyList<string> Keys = ["register", "register-mismatches", "register-shares"];

    public static PortalTable? Build(string key, RegisterService register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return key switch
        {
            "register" => Profiles(register),
            "register-mismatches" => Mismatches(register.Mismatches()),
            "register-shares" => Shares(register.Shares()),
            _ => null,
        };
    }

    public static PortalTable Profiles(RegisterService register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var rows = register.Profiles().Select(p =>
        {
            var c = SupplierClassifier.Classify(p.Profile, register.Rules);
            var score = ReinvestmentMeasure.Score(p.Profile, register.Rules).Score;
            return (IReadOnlyList<object?>)[p.Name, p.Profile.LegalForm?.Code(), .. c.All.Select(x => (object?)x.Classification.Result.Code()),
                RegisterReport.IsVerifiedMission(c, p.Profile.Evidence, register.Today), score is { } s ? (double)s : null, p.Version, p.UpdatedAt, p.OrganisationId, p.Id];
        }).ToList();
        return new PortalTable("register", "Supplier profiles in the register", [
            new("Name", "name", Link: r => RegisterLinks.Profile((string)r[12]!)), new("Legal form", "legalForm") { Filter = true },
            new("SME", "sme") { Filter = true }, new("VCSE", "vcse") { Filter = true }, new("Social enterprise", "socialEnterprise"), new("Supported employment provider", "supportedEmploymentProvider"),
            new("Public service mutual", "publicServiceMutual"), new("Verified social enterprise or VCSE", "verifiedMission"),
            new("Reinvestment measure (0–100)", "reinvestmentScore", Number), new("Version", "version", Number), new("Updated", "updatedAt", Date),
            new("Published organisation", "organisationId", Link: r => r[11] is string o ? Links.Supplier(o) : null) { Identifier = true },
            new("Profile id", "profileId", Link: r => RegisterLinks.Profile((string)r[12]!)) { Identifier = true }], rows);
    }

    public static PortalTable Mismatches(IReadOnlyList<MismatchRow> mismatches)
    {
        ArgumentNullException.ThrowIfNull(mismatches);
        var rows = mismatches.Select(m => (IReadOnlyList<object?>)[m.Name, m.Mismatch.Flag, m.Mismatch.Published,
            m.Mismatch.Register.Code(), m.Mismatch.Verified, m.Mismatch.Kind, m.Mismatch.Reason, m.OrganisationId, m.ProfileId]).ToList();
        return new PortalTable("register-mismatches", "Published flags the register disagrees with", [
            new("Name", "name", Link: r => RegisterLinks.Profile((string)r[8]!)), new("Flag", "flag"),
            new("Published", "published"), new("Register", "register"), new("Evidence verified", "verified"), new("Kind", "kind"), new("Reason", "reason"),
            new("Published organisation", "organisationId", Link: r => r[7] is string o ? Links.Supplier(o) : null) { Identifier = true },
            new("Profile id", "profileId", Link: r => RegisterLinks.Profile((string)r[8]!)) { Identifier = true }], rows);
    }

    public static PortalTable Shares(IReadOnlyList<BuyerRegisterShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var rows = shares.Select(s => (IReadOnlyList<object?>)[s.BuyerName ?? s.BuyerId, s.AwardedValue, s.ProfiledShare, s.RegisterShare, s.BuyerId]).ToList();
        return new PortalTable("register-shares", "Buyers' spend with register-verified social enterprises and VCSEs", [
            new("Buyer", "buyerName", Link: r => Links.Buyer((string)r[4]!)), new("Value awarded", "awardedValue", Money),
            new("To suppliers with a profile", "profiledShare", Percent), new("To verified social enterprises or VCSEs", "registerShare", Percent),
            new("Buyer id", "buyerId", Link: r => Links.Buyer((string)r[4]!)) { Identifier = true }], rows);
    }
}
