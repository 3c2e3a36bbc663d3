using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Data.Accounts;

namespace Steward.Cli;

/// <summary>
/// <c>steward accounts add-admin|add-organisation|organisations|invite|members</c>: the organisations people act for in
/// the portal and invitations to join them (docs/accounts.md). People set their own password and second factor
/// through the link; the command line never handles a password.
/// </summary>
internal static partial class StewardCommand
{
    private const string DefaultPortal = "http://localhost:5080";

    private static Command AccountsCommand(CliConsole console) =>
        new("accounts", "The portal's organisations and invitations: the first admin, buyers, suppliers and verifiers, and who belongs to them")
        {
            AddAdminCommand(console), AddOrganisationCommand(console), OrganisationsListCommand(console), InviteCommand(console), MembersCommand(console),
        };

    private static Option<string> PortalOption() => new Option<string>("--url")
    {
        Description = $"The portal's address, for the link (default: {DefaultPortal})",
        DefaultValueFactory = _ => DefaultPortal,
    }.WebAddress();

    private static Option<string> ValidForOption() => new Option<string>("--valid-for")
    {
        Description = "How long the link works: hours (48h) or days (3d), at most 7d (default: 72h)",
        DefaultValueFactory = _ => "72h",
    }.Check(value =>
    {
        try
        {
            _ = ValidFor(value);
            return null;
        }
        catch (CliException)
        {
            return "is not hours (48h) or days (3d) up to 7d";
        }
    });

    private static AccountDirectory Accounts(ParseResult parsed, Option<string?> db, CliConsole console) => new(Target(parsed, db, console), console.Time);

    private static Command AddAdminCommand(CliConsole console)
    {
        var db = DbOption();
        var by = ByOption();
        var url = PortalOption();
        var validFor = ValidForOption();
        var name = new Option<string>("--organisation") { Description = "The name of the organisation running this Steward (used when it is first made)", DefaultValueFactory = _ => "Steward" };
        var command = new Command("add-admin", "Invite the instance's first (or a further) admin: prints a single-use link at which they choose a password and set up " +
                                               "the second factor an admin needs. Exit 0 link printed; 2 bad usage or the store failed")
        {
            db, by, url, validFor, name,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            var directory = Accounts(parsed, db, console);
            var actor = Acting(parsed, by, db, console).Actor;
            var instance = directory.Instance(parsed.GetValue(name)!, actor);
            return PrintInvitation(console, directory.Invite(instance.Id, Role.Admin, ValidFor(parsed.GetValue(validFor)!), actor), parsed.GetValue(url)!);
        }));
        return command;
    }

    private static Command AddOrganisationCommand(CliConsole console)
    {
        var db = DbOption();
        var by = ByOption();
        var name = new Argument<string>("NAME") { Description = "The organisation's name" };
        var side = new Option<string>("--side") { Description = "buyer, supplier or verification", Required = true };
        side.OneOf("buyer, supplier or verification", "buyer", "supplier", "verification");
        var identifier = new Option<string?>("--identifier") { Description = "Its register identifier, SCHEME-id (GB-PPON-…, GB-COH-01234567, GB-CHC-…): links it to the published buyer or supplier and the register profile" };
        var json = new Option<bool>("--json") { Description = "Print the organisation as JSON" };
        var command = new Command("add-organisation", "Add an organisation people act for. Exit 0 added; 2 bad usage (unknown side, identifier not SCHEME-id or already taken)")
        {
            name, side, identifier, db, by, json,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            if (!RoleNames.TryParseSide(parsed.GetValue(side), out var chosen) || chosen == OrganisationSide.Instance)
            {
                throw new CliException($"accounts add-organisation: --side: \"{parsed.GetValue(side)}\" is not buyer, supplier or verification");
            }

            var directory = Accounts(parsed, db, console);
            var added = directory.AddOrganisation(parsed.GetValue(name)!, chosen, parsed.GetValue(identifier), Acting(parsed, by, db, console).Actor);
            var organisation = Checked(added, "accounts add-organisation");
            using var output = console.OutText();
            output.WriteLine(parsed.GetValue(json) ? JsonSerializer.Serialize(OrganisationJson(organisation)) : OrganisationLine(organisation));
            console.Error.WriteLine(organisation.PublishedId is null && organisation.Identifier is not null
                ? $"steward accounts add-organisation: added {organisation.Name}; no published organisation has {organisation.Identifier} yet: it is linked as soon as one is imported"
                : $"steward accounts add-organisation: added {organisation.Name}; invite people with 'steward accounts invite {organisation.Id} --role ROLE'");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command OrganisationsListCommand(CliConsole console)
    {
        var db = DbOption();
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of lines" };
        var command = new Command("organisations", "The organisations people act for: id, side, name, identifier, published organisation and register profile") { db, json };
        command.SetAction(parsed => Guard(console, () =>
        {
            var organisations = Accounts(parsed, db, console).Organisations();
            using var output = console.OutText();
            if (parsed.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(organisations.Select(OrganisationJson)));
            }
            else
            {
                foreach (var organisation in organisations)
                {
                    output.WriteLine(OrganisationLine(organisation));
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command InviteCommand(CliConsole console)
    {
        var db = DbOption();
        var by = ByOption();
        var url = PortalOption();
        var validFor = ValidForOption();
        var organisation = new Argument<string>("ORGANISATION") { Description = "The organisation's id (see 'steward accounts organisations')" };
        var role = new Option<string>("--role") { Description = $"The role offered: {RoleNames.All}", Required = true };
        role.OneOf($"one of {RoleNames.All}", [.. Enum.GetValues<Role>().Select(RoleNames.Of)]);
        var command = new Command("invite", "Invite somebody to an organisation with a role: prints a single-use link that expires. " +
                                            "Exit 0 link printed; 2 bad usage (unknown organisation or role, or a role its side does not allow)")
        {
            organisation, role, db, by, url, validFor,
        };
        command.SetAction(parsed => Guard(console, () =>
        {
            if (!RoleNames.TryParseRole(parsed.GetValue(role), out var chosen))
            {
                throw new CliException($"accounts invite: --role: \"{parsed.GetValue(role)}\" is not one of {RoleNames.All}");
            }

            var directory = Accounts(parsed, db, console);
            return PrintInvitation(console, directory.Invite(parsed.GetValue(organisation)!, chosen, ValidFor(parsed.GetValue(validFor)!), Acting(parsed, by, db, console).Actor),
                parsed.GetValue(url)!);
        }));
        return command;
    }

    private static Command MembersCommand(CliConsole console)
    {
        var db = DbOption();
        var organisation = new Argument<string>("ORGANISATION") { Description = "The organisation's id" };
        var command = new Command("members", "Who belongs to an organisation: account ids (never names or e-mails) and roles, tab-separated") { organisation, db };
        command.SetAction(parsed => Guard(console, () =>
        {
            var directory = Accounts(parsed, db, console);
            var id = parsed.GetValue(organisation)!;
            if (directory.Organisation(id) is null)
            {
                throw new CliException($"accounts members: {AccountErrors.OrganisationNotFound(id).Message}");
            }

            using var output = console.OutText();
            foreach (var member in directory.Members(id))
            {
                output.WriteLine($"{member.AccountId}\t{RoleNames.Of(member.Role)}\t{member.AddedAt:yyyy-MM-dd}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int PrintInvitation(CliConsole console, Result<Invitation> invited, string portal)
    {
        var invitation = Checked(invited, "accounts invite");
        using (var output = console.OutText())
        {
            output.WriteLine($"{portal.TrimEnd('/')}/invitations/accept?token={invitation.Token}");
        }

        console.Error.WriteLine($"steward accounts: invitation to be {RoleNames.Of(invitation.Role)} for {invitation.Organisation.Name}; the link works once, " +
                                $"until {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC. Send it to the person yourself; it is not shown again");
        return ExitCodes.Ok;
    }

    private static T Checked<T>(Result<T> result, string verb) =>
        result.IsSuccess ? result.Value : throw new CliException($"{verb}: {result.Error!.Message}; nothing was changed");

    /// <summary>48h or 3d, at most <see cref="AccountDirectory.LongestInvitation"/>.</summary>
    private static TimeSpan ValidFor(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            var span = char.ToLowerInvariant(trimmed[^1]) switch { 'h' => TimeSpan.FromHours(count), 'd' => TimeSpan.FromDays(count), _ => TimeSpan.Zero };
            if (span > TimeSpan.Zero && span <= AccountDirectory.LongestInvitation)
            {
                return span;
            }
        }

        throw new CliException($"--valid-for: \"{text}\" is not hours (48h) or days (3d) up to 7d");
    }

    private static string OrganisationLine(AccountOrganisation o) =>
        $"{o.Id}\t{RoleNames.Of(o.Side)}\t{o.Name}\t{o.Identifier ?? "-"}\t{o.PublishedId ?? "-"}\t{o.ProfileId ?? "-"}";

    private static object OrganisationJson(AccountOrganisation o) => new
    {
        id = o.Id,
        name = o.Name,
        side = RoleNames.Of(o.Side),
        identifier = o.Identifier,
        publishedOrganisation = o.PublishedId,
        supplierProfile = o.ProfileId,
    };
}
