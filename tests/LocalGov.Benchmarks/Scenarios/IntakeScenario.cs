using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalGov.Benchmarks.Scenarios;

/// <summary>
/// <c>intake</c>: complaint submissions against the real host process (published as deployed, demo LAOs seeded) on a
/// fresh database of the chosen provider, from <c>--clients</c> concurrent clients for <c>--seconds</c>: Open311 POSTs
/// with the demo app's key, and the resident's web form (antiforgery token, anonymous reporter, a photo in a share of
/// them), mixed. Every submission is at its own spot, so none stops at the "someone reported this nearby" step.
/// Reports throughput and latency of the timed part, the errors, and the complaints the database holds afterwards,
/// which must equal the successful answers. Issue 23 sets the target on PostgreSQL: 750 a second, p99 200 ms.
/// The host's rate limits are raised for the run: this measures what the host can take, not what one address may send.
/// </summary>
internal sealed partial class IntakeScenario : IScenario
{
    private const string Lao = "demo-city";

    public string Name => "intake";

    public string Description => "complaint submissions a second (Open311 and web form, mixed, some with a photo) from concurrent clients.";

    public IReadOnlyList<ScenarioOption> Options { get; } =
    [
        new("provider", "sqlite", "sqlite, postgresql or mysql (postgresql needs LOCALGOV_TEST_POSTGRES, mysql LOCALGOV_TEST_MYSQL)"),
        new("clients", "16", "concurrent clients, each sending one submission after another"),
        new("seconds", "20", "timed part of the run"),
        new("warmup", "5", "seconds of the same traffic before the timed part (counted in the stored check, not in the figures)"),
        new("web-share", "0.3", "share of submissions through the web form (the rest through Open311)"),
        new("photo-share", "0.5", "share of web-form submissions that attach a photo"),
        new("photo-kb", "100", "size of the attached PNG in KB"),
        HostBuild.HostOption,
        HostBuild.HostDllOption,
    ];

    public async Task<BenchmarkResult> RunAsync(ScenarioArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var provider = BenchmarkHost.Provider(arguments);
        int clients = arguments.GetInt32("clients", 16);
        var timed = TimeSpan.FromSeconds(arguments.GetInt32("seconds", 20));
        var warmup = TimeSpan.FromSeconds(arguments.GetInt32("warmup", 5));
        double webShare = Share(arguments, "web-share", 0.3);
        double photoShare = Share(arguments, "photo-share", 0.5);
        var photo = Png.Noise(arguments.GetInt32("photo-kb", 100) * 1024);
        var build = await HostBuild.ResolveAsync(arguments, log, cancellationToken);

        string? serverDatabase = provider switch
        {
            BenchmarkProvider.PostgreSql => await BenchmarkDatabases.CreatePostgresAsync(),
            BenchmarkProvider.MySql => await BenchmarkDatabases.CreateMySqlAsync(),
            _ => null,
        };
        try
        {
            string Connection(DirectoryInfo directory) =>
                serverDatabase ?? $"Data Source={Path.Combine(directory.FullName, "localgov.db")}";
            log.WriteLine($"intake: starting the {build.Kind} host on {provider} ...");
            await using var host = await HostProcess.StartAsync(build, directory => new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__LocalGov"] = Connection(directory),
                ["Database__Initialize"] = "Migrate", // a production host on a server database migrates only when told to
                ["Demo__Seed"] = "true", // demo-city, its categories and the Open311 demo app's key
                ["Demo__AllowOutsideDevelopment"] = "true",
                ["Site__PublicUrl"] = "https://eservice.example.go.th",
                ["DataProtection__AllowUnprotectedKeys"] = "true",
                ["RateLimiting__AnonymousPermitsPerMinute"] = "100000000",
                ["RateLimiting__PublicSubmitsPerHour"] = "100000000",
                ["RateLimiting__ApiClientRequestsPerMinute"] = "100000000",
                ["AllowedHosts"] = "127.0.0.1", // the clients call the loopback address
                ["Logging__LogLevel__Default"] = "Warning",
            }, TimeSpan.FromSeconds(120), cancellationToken);
            string connection = Connection(host.Directory);
            var codes = await ServiceCodesAsync(host.BaseAddress, cancellationToken);
            long before = await CountComplaintsAsync(provider, connection, cancellationToken);
            log.WriteLine($"intake: ready in {host.ReadyMilliseconds:F0} ms; {codes.Count} services; {before} complaints before; " +
                $"{clients} clients for {warmup.TotalSeconds:F0} s warm-up + {timed.TotalSeconds:F0} s");

            var start = Stopwatch.GetTimestamp();
            var timedFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
            var until = timedFrom + (long)(timed.TotalSeconds * Stopwatch.Frequency);
            var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(i => new Client(
                host.BaseAddress, codes, webShare, photoShare, photo, new Random(2569 + i)).RunAsync(timedFrom, until, cancellationToken)));

            long after = await CountComplaintsAsync(provider, connection, cancellationToken);
            var latencies = results.SelectMany(r => r.TimedLatencies).Order().ToArray();
            long succeeded = results.Sum(r => r.Succeeded);
            long errors = results.Sum(r => r.Errors);
            long stored = after - before;
            foreach (var sample in results.SelectMany(r => r.ErrorSamples).Distinct().Take(5))
            {
                log.WriteLine($"  error: {sample}");
            }
            if (stored != succeeded)
            {
                log.WriteLine($"intake: MISMATCH — {succeeded} successful answers but {stored} complaints stored");
            }
            return new BenchmarkResult()
                .Add("provider", provider.ToString().ToLowerInvariant())
                .Add("host", build.Kind)
                .Add("clients", clients)
                .Add("seconds", timed.TotalSeconds, decimals: 0)
                .Add("requests", latencies.Length)
                .Add("requests_per_s", latencies.Length / timed.TotalSeconds, decimals: 1)
                .Add("p50_ms", Percentile(latencies, 0.50), decimals: 1)
                .Add("p99_ms", Percentile(latencies, 0.99), decimals: 1)
                .Add("errors", errors)
                .Add("web", results.Sum(r => r.Web))
                .Add("with_photo", results.Sum(r => r.WithPhoto))
                .Add("succeeded", succeeded)
                .Add("stored", stored)
                .Add("memory_mb", host.WorkingSetMegabytes(), decimals: 0);
        }
        finally
        {
            if (serverDatabase is not null)
            {
                await (provider == BenchmarkProvider.PostgreSql
                    ? BenchmarkDatabases.DropPostgresAsync(serverDatabase)
                    : BenchmarkDatabases.DropMySqlAsync(serverDatabase));
            }
        }
    }

    private static double Share(ScenarioArguments arguments, string name, double fallback)
    {
        var text = arguments.GetString(name);
        if (text is null)
        {
            return fallback;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new BenchmarkException($"--{name} is a share between 0 and 1, not '{text}'.");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>The LAO's Open311 services that need no extra answers (the same categories the web form offers).</summary>
    private static async Task<IReadOnlyList<string>> ServiceCodesAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var document = JsonDocument.Parse(await http.GetStringAsync($"t/{Lao}/open311/v2/services.json", cancellationToken));
        var codes = document.RootElement.EnumerateArray()
            .Where(s => !s.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.True)
            .Select(s => s.GetProperty("service_code").GetString()!)
            .ToList();
        return codes.Count > 0 ? codes : throw new BenchmarkException($"{Lao} lists no Open311 service without extra questions.");
    }

    private static async Task<long> CountComplaintsAsync(BenchmarkProvider provider, string connectionString, CancellationToken cancellationToken)
    {
        await using DbConnection connection = provider switch
        {
            BenchmarkProvider.PostgreSql => new Npgsql.NpgsqlConnection(connectionString),
            BenchmarkProvider.MySql => new MySql.Data.MySqlClient.MySqlConnection(connectionString),
            _ => new Microsoft.Data.Sqlite.SqliteConnection(connectionString),
        };
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM complaints_complaints";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private sealed record ClientResult(List<double> TimedLatencies, long Succeeded, long Errors, long Web, long WithPhoto, List<string> ErrorSamples);

    /// <summary>One client: its own connection and cookies, one submission after another.</summary>
    private sealed partial class Client(Uri baseAddress, IReadOnlyList<string> codes, double webShare, double photoShare, byte[] photo, Random random)
    {
        private readonly HttpClient _http = new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false, // a production host marks its cookies Secure; on loopback http they are sent by hand
            UseProxy = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

        private string? _token;
        private string _cookies = "";

        public async Task<ClientResult> RunAsync(long timedFrom, long until, CancellationToken cancellationToken)
        {
            var latencies = new List<double>();
            var samples = new List<string>();
            long succeeded = 0, errors = 0, web = 0, withPhoto = 0, n = 0;
            using (_http)
            {
                while (Stopwatch.GetTimestamp() < until)
                {
                    n++;
                    bool viaWeb = random.NextDouble() < webShare;
                    bool attach = viaWeb && random.NextDouble() < photoShare;
                    // a spot of its own within the LAO, so no submission stops at the nearby-duplicates step
                    double lat = 18.70 + random.NextDouble() * 0.15, lng = 98.90 + random.NextDouble() * 0.15;
                    string code = codes[random.Next(codes.Count)];
                    string description = $"ทดสอบการรับเรื่อง {Guid.NewGuid():N} ถนนชำรุดเป็นหลุมลึก";
                    var sent = Stopwatch.GetTimestamp();
                    string? problem;
                    try
                    {
                        problem = viaWeb
                            ? await SubmitFormAsync(code, description, lat, lng, attach, cancellationToken)
                            : await SubmitOpen311Async(code, description, lat, lng, cancellationToken);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        problem = e.GetType().Name + ": " + e.Message;
                    }
                    var done = Stopwatch.GetTimestamp();
                    if (problem is null)
                    {
                        succeeded++;
                    }
                    else
                    {
                        errors++;
                        if (samples.Count < 3)
                        {
                            samples.Add(problem);
                        }
                    }
                    if (sent >= timedFrom && done <= until)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
                        web += viaWeb ? 1 : 0;
                        withPhoto += attach ? 1 : 0;
                    }
                }
            }
            return new ClientResult(latencies, succeeded, errors, web, withPhoto, samples);
        }

        private async Task<string?> SubmitOpen311Async(string code, string description, double lat, double lng, CancellationToken cancellationToken)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["api_key"] = "demo-open311-key",
                ["service_code"] = code,
                ["lat"] = lat.ToString("F6", CultureInfo.InvariantCulture),
                ["long"] = lng.ToString("F6", CultureInfo.InvariantCulture),
                ["description"] = description,
                ["email"] = "reporter@example.com",
            });
            using var response = await _http.PostAsync($"t/{Lao}/open311/v2/requests.json", content, cancellationToken);
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created
                ? null
                : $"Open311 {(int)response.StatusCode}: {Short(await response.Content.ReadAsStringAsync(cancellationToken))}";
        }

        private async Task<string?> SubmitFormAsync(string code, string description, double lat, double lng, bool attach, CancellationToken cancellationToken)
        {
            _token ??= await TokenAsync(cancellationToken); // a person opens the form once and sends it
            using var form = new MultipartFormDataContent
            {
                { new StringContent(_token), "__RequestVerificationToken" },
                { new StringContent(code), "Input.Category" },
                { new StringContent(description), "Input.Description" },
                { new StringContent(lat.ToString("F6", CultureInfo.InvariantCulture)), "Input.Latitude" },
                { new StringContent(lng.ToString("F6", CultureInfo.InvariantCulture)), "Input.Longitude" },
                { new StringContent("สมชาย ทดสอบ"), "Input.Name" },
                { new StringContent("reporter@example.com"), "Input.Email" },
                { new StringContent("true"), "Input.DifferentFromNearby" },
            };
            if (attach)
            {
                var file = new ByteArrayContent(photo);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
                form.Add(file, "photos", "pothole.png");
            }
            using var request = new HttpRequestMessage(HttpMethod.Post, $"t/{Lao}/complaints/new") { Content = form };
            request.Headers.Add("Cookie", _cookies);
            using var response = await _http.SendAsync(request, cancellationToken);
            // a filed complaint answers with a redirect (to its tracking page, or "check your mail"); the form again is a refusal
            return response.StatusCode == HttpStatusCode.Redirect
                ? null
                : $"form {(int)response.StatusCode}: {Short(ErrorText(await response.Content.ReadAsStringAsync(cancellationToken)))}";
        }

        private async Task<string> TokenAsync(CancellationToken cancellationToken)
        {
            using var response = await _http.GetAsync($"t/{Lao}/complaints/new", cancellationToken);
            response.EnsureSuccessStatusCode();
            _cookies = string.Join("; ", (response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
                .Select(c => c.Split(';')[0]));
            var page = await response.Content.ReadAsStringAsync(cancellationToken);
            return TokenPattern().Match(page) is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : throw new BenchmarkException("The complaint form carries no antiforgery token.");
        }

        private static string ErrorText(string page) =>
            ErrorPattern().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : page;

        private static string Short(string text) => text.Length <= 200 ? text : text[..200];

        [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();

        [GeneratedRegex("role=\"alert\"[^>]*>\\s*([^<]+)")]
        private static partial Regex ErrorPattern();
    }

    /// <summary>A PNG of random pixels (so it does not compress) of about the given size: a real picture to the host's checks.</summary>
    private static class Png
    {
        public static byte[] Noise(int bytes)
        {
            int side = Math.Max(8, (int)Math.Sqrt(bytes / 3.0));
            var random = new Random(2569);
            var raw = new byte[side * (side * 3 + 1)];
            for (int row = 0; row < side; row++)
            {
                int at = row * (side * 3 + 1);
                raw[at] = 0; // filter: none
                random.NextBytes(raw.AsSpan(at + 1, side * 3));
            }
            using var image = new MemoryStream();
            image.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
            var header = new byte[13];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, side);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
            header[8] = 8; // bits per channel
            header[9] = 2; // truecolour
            Chunk(image, "IHDR", header);
            using (var compressed = new MemoryStream())
            {
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                {
                    zlib.Write(raw);
                }
                Chunk(image, "IDAT", compressed.ToArray());
            }
            Chunk(image, "IEND", []);
            return image.ToArray();
        }

        private static void Chunk(Stream output, string type, byte[] data)
        {
            Span<byte> number = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
            output.Write(number);
            var typed = new byte[4 + data.Length];
            System.Text.Encoding.ASCII.GetBytes(type, typed);
            data.CopyTo(typed, 4);
            output.Write(typed);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
            output.Write(number);
        }

        /// <summary>The CRC-32 (IEEE 802.3) every PNG chunk ends with.</summary>
        private static uint Crc32(byte[] data)
        {
            uint crc = 0xFFFFFFFF;
            foreach (var b in data)
            {
                crc ^= b;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }
            return ~crc;
        }
    }
}
