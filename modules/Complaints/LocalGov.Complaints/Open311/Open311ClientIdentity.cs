using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// Who an Open311 POST comes from, for the rate limiter: the id of the client whose live <c>api_key</c> (form or
/// query) it carries in the current LAO, so each key holder has a budget of its own; null for a missing, unknown or
/// revoked key (counted per address, then refused by the handler).
/// </summary>
internal static class Open311ClientIdentity
{
    public static async ValueTask<string?> IdentifyAsync(HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<ICurrentTenant>().Tenant is null)
        {
            return null;
        }
        var key = "";
        if (http.Request.HasFormContentType)
        {
            try
            {
                key = (await http.Request.ReadFormAsync(http.RequestAborted))["api_key"].ToString();
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return null; // the handler reads the form again and reports what is wrong with it
            }
        }
        if (string.IsNullOrWhiteSpace(key))
        {
            key = http.Request.Query["api_key"].ToString(); // as the handler reads it: the form first, then the query
        }
        var client = await http.RequestServices.GetRequiredService<Open311Keys>().FindLiveAsync(key, http.RequestAborted);
        return client?.Id.ToString("N");
    }
}
