using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Bidding;

/// <summary>A file a test attaches to a form field.</summary>
internal sealed record Upload(string Field, string Name, byte[] Content);

/// <summary>Bidding over HTTP: suppliers joining by invitation, signing in again, and posting the bid form as a browser does (multipart, with its anti-forgery token).</summary>
internal static class BidClient
{
    public const string Password = "correct horse battery staple";

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>A supplier organisation and one of its people, signed in (suppliers need no second factor).</summary>
    public static async Task<(SignedInClient Client, string Organisation)> SupplierAsync(PortalFactory portal, TimeProvider clock, string name, string email)
    {
        var directory = new AccountDirectory(portal.Target, clock);
        var organisation = directory.AddOrganisation(name, OrganisationSide.Supplier, null, "cli:test").Value;
        var client = new SignedInClient(portal);
        var (created, _) = await client.SubmitAsync($"/invitations/accept?token={directory.Invite(organisation.Id, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token}",
            new() { ["Email"] = email, ["Password"] = Password }, "Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (client, organisation.Id);
    }

    /// <summary>Signs in again with e-mail and password (after the session ran out).</summary>
    public static async Task SignInAsync(SignedInClient client, string email)
    {
        var (response, _) = await client.SubmitAsync("/sign-in", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A complete bid for BidTender's lot 1: its three answers, one commitment and the three declarations.</summary>
    public static Dictionary<string, string[]> Valid() => new(StringComparer.Ordinal)
    {
        ["price"] = ["£450,000"],
        ["a0"] = ["Named keyworkers for every person, covered by a rota of four"],
        ["a1"] = ["Outcomes agreed with each person and reviewed every month"],
        ["a2"] = ["We will hire locally through the job centre"],
        ["rows"] = ["5"],
        ["m0.measure"] = ["local-hires"],
        ["m0.quantity"] = ["12"],
        ["m0.by"] = ["2029-03-31"],
        ["m0.where"] = ["Anytown"],
        ["declarations"] = ["conditionsOfParticipation", "noExclusionGrounds", "independentTender"],
    };

    /// <summary>Opens <paramref name="path"/> for its token and posts its form, multipart, with <paramref name="fields"/> and <paramref name="files"/>.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PostBidAsync(SignedInClient client, string path, Dictionary<string, string[]> fields, params Upload[] files)
    {
        var (_, page) = await client.GetAsync(path);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException($"{path} has no form: {page.QuerySelector("h1")?.TextContent}");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, values) in fields)
        {
            foreach (var value in values)
            {
                content.Add(new StringContent(value), key);
            }
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, file.Field, file.Name);
        }

        var response = await client.Http.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>The error summary's links: the field each goes to, and its message.</summary>
    public static IReadOnlyList<(string Field, string Message)> Errors(IDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href")!.TrimStart('#'), a.TextContent.Trim()))];
}
