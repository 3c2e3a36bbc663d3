using Steward.Ocds;

namespace Steward.Web.Tests;

/// <summary>
/// Officials' e-mail addresses and phone numbers typed into free text in the real shared data (issue 17): masked
/// on the page, in the API, the OCDS download and the CSV download.
/// </summary>
public sealed class RealDataPersonalTextTests(SharedDataPortal portal) : IClassFixture<SharedDataPortal>
{
    /// <summary>A New South Wales tender whose submissionMethodDetails name an official, his mobile and his e-mail.</summary>
    private const string Ocid = "ocds-43qwtd-RFT-2F62E600-FA50-778F-51E39D0DBCABEC50";

    [Theory]
    [InlineData($"/processes/{Ocid}")]
    [InlineData($"/api/processes/{Ocid}")]
    [InlineData($"/api/processes/{Ocid}/ocds")]
    [InlineData("/api/search/ocds?q=Belmore%20Riverwood%20ramps&publishers=all")]
    [InlineData("/tables/search.csv?q=Belmore%20Riverwood%20ramps&publishers=all")]
    public async Task Answer_FreeTextWithAnOfficialsPhoneAndEmail_ShowsThemMasked(string path)
    {
        // Act
        var text = await portal.Client().GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert
        Assert.DoesNotContain("0416 123 462", text, StringComparison.Ordinal);
        Assert.DoesNotContain("andrew.doherty@", text, StringComparison.Ordinal);
        Assert.Contains(Ocid, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessApi_SubmissionDetails_KeepTheTextAroundTheMask()
    {
        // Act
        var text = await portal.Client().GetStringAsync(new Uri($"/api/processes/{Ocid}/ocds", UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains($"Andrew Doherty on {PersonalText.PhoneMask}", text, StringComparison.Ordinal);
    }
}
