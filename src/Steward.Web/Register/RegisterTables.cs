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
            return (IReadOnlyList<object?>)[p.Id, p.Name, p.Profile.LegalForm?.Code(), p.OrganisationId,
                .. c.All.Select(x => (object?)x.Classification.Result.Code()),
                RegisterReport.IsVerifiedMission(c, p.Profile.Evidence, register.Today), score is { } s ? (double)s : null, p.Version, p.UpdatedAt];
        }).ToList();
        return new PortalTable("register", "Supplier profiles in the register", [
            new("Profile id", "profileId"), new("Name", "name", Link: r => RegisterLinks.Profile((string)r[0]!)), new("Legal form", "legalForm") { Filter = true },
            new("Published organisation", "organisationId", Link: r => Links.Supplier((string)r[3]!)),
            new("SME", "sme") { Filter = true }, new("VCSE", "vcse") { Filter = true }, new("Social enterprise", "socialEnterprise"), new("Supported employment provider", "supportedEmploymentProvider"),
            new("Public service mutual", "publicServiceMutual"), new("Verified social enterprise or VCSE", "verifiedMission"),
            new("Reinvestment measure (0–100)", "reinvestmentScore", Number), new("Version", "version", Number), new("Updated", "updatedAt", Date)], rows);
    }

    public static PortalTable Mismatches(IReadOnlyList<MismatchRow> mismatches)
    {
        ArgumentNullException.ThrowIfNull(mismatches);
        var rows = mismatches.Select(m => (IReadOnlyList<object?>)[m.ProfileId, m.Name, m.OrganisationId, m.Mismatch.Flag, m.Mismatch.Published,
            m.Mismatch.Register.Code(), m.Mismatch.Verified, m.Mismatch.Kind, m.Mismatch.Reason]).ToList();
        return new PortalTable("register-mismatches", "Published flags the register disagrees with", [
            new("Profile id", "profileId"), new("Name", "name", Link: r => RegisterLinks.Profile((string)r[0]!)),
            new("Published organisation", "organisationId", Link: r => Links.Supplier((string)r[2]!)), new("Flag", "flag"),
            new("Published", "published"), new("Register", "register"), new("Evidence verified", "verified"), new("Kind", "kind"), new("Reason", "reason")], rows);
    }

    public static PortalTable Shares(IReadOnlyList<BuyerRegisterShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var rows = shares.Select(s => (IReadOnlyList<object?>)[s.BuyerId, s.BuyerName ?? s.BuyerId, s.AwardedValue, s.ProfiledShare, s.RegisterShare]).ToList();
        return new PortalTable("register-shares", "Buyers' spend with register-verified social enterprises and VCSEs", [
            new("Buyer id", "buyerId"), new("Buyer", "buyerName", Link: r => Links.Buyer((string)r[0]!)), new("Value awarded", "awardedValue", Money),
            new("To suppliers with a profile", "profiledShare", Percent), new("To verified social enterprises or VCSEs", "registerShare", Percent)], rows);
    }
}
