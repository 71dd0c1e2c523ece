using System.Net.Http.Json;
using System.Text.Json;

namespace LocalGov.Host.Tests.Infrastructure;

internal static class Json
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success but got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Web)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T value) =>
        client.PostAsJsonAsync(url, value, Web);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T value) =>
        client.PutAsJsonAsync(url, value, Web);
}
