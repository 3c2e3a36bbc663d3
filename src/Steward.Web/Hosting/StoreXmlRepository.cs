using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Steward.Data.Portal;

namespace Steward.Web.Hosting;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys in the store, so that every web process on the same database uses the
/// same keys (anti-forgery tokens and cookies from one process are accepted by another).
/// </summary>
public sealed class StoreXmlRepository(PortalStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        DataProtectionKeys.All(store.Target).Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        DataProtectionKeys.Add(store.Target, friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
