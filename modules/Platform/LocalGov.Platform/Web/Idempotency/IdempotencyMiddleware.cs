using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace LocalGov.Platform.Web.Idempotency;

/// <summary>
/// Makes every submission happen once. A page POST carries the key its form was rendered with
/// (<see cref="FormField"/>, added beside the antiforgery token by <see cref="IdempotencyHtmlGenerator"/>); an API
/// POST may send one in the <see cref="Header"/> header. The first request with a key claims it in the database
/// (<see cref="IdempotencyRecord"/>, unique per tenant and key) before its handler runs, and stores the answer when
/// it is one worth repeating: a redirect (a page's "done"), or a 2xx answer to an API call with the header. A repeat
/// gets that answer again, without running the handler; one arriving while the first is still running waits for
/// it. An answer not stored (an error, a form shown again) frees the key, so the person can correct and send again.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string FormField = "__IdempotencyKey";
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;
    public const int MaxStoredBody = 64 * 1024;

    /// <summary>How long a repeat waits for the first submission before it is told to check later.</summary>
    internal static TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A claim older than this whose submission never finished (its node stopped) may be taken over.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(5);

    /// <summary>How long answers are kept for repeats.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext context)
    {
        if (await KeyOfAsync(context) is not { } raw)
        {
            await next(context);
            return;
        }
        if (raw.Length > MaxKeyLength)
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, PlatformMessages.IdempotencyKeyInvalid, "idempotency-key");
            return;
        }

        var tenantId = context.RequestServices.GetRequiredService<ICurrentTenant>().Id ?? Guid.Empty;
        var key = Hash(OwnerOf(context) + "\n" + raw);
        var fingerprint = await FingerprintAsync(context);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var records = db.Set<IdempotencyRecord>();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var existing = await records.AsNoTracking().SingleOrDefaultAsync(r => r.TenantId == tenantId && r.Key == key, CancellationToken.None);
            if (existing is null)
            {
                if (await TryClaimAsync(db, new IdempotencyRecord(tenantId, key, fingerprint, clock.GetUtcNow().UtcDateTime)))
                {
                    break;
                }
                continue; // another request claimed it in between: look again
            }
            if (existing.Fingerprint != fingerprint)
            {
                await Problems.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, PlatformMessages.IdempotencyKeyReused, "idempotency-key");
                return;
            }
            if (existing.CompletedAt is not null)
            {
                await ReplayAsync(context, existing);
                return;
            }
            if (existing.CreatedAt < clock.GetUtcNow().UtcDateTime - Abandoned)
            {
                await records.Where(r => r.TenantId == tenantId && r.Key == key && r.CompletedAt == null && r.CreatedAt == existing.CreatedAt)
                    .ExecuteDeleteAsync(CancellationToken.None);
                continue;
            }
            if (waited.Elapsed > MaxWait || context.RequestAborted.IsCancellationRequested)
            {
                await Problems.WriteAsync(context, StatusCodes.Status409Conflict, PlatformMessages.SubmissionInProgress, "idempotency-in-progress");
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(150), CancellationToken.None);
        }

        await RunAsync(context, records, tenantId, key, context.Request.Headers.ContainsKey(Header));
    }

    private async Task RunAsync(HttpContext context, DbSet<IdempotencyRecord> records, Guid tenantId, string key, bool api)
    {
        var response = context.Response;
        var original = response.Body;
        using var capture = new CapturingStream(original, MaxStoredBody);
        response.Body = capture;
        var stored = false;
        try
        {
            await next(context);
            var status = response.StatusCode;
            var location = response.Headers.Location.ToString();
            var redirect = status is >= 300 and < 400 && location.Length > 0;
            var apiAnswer = api && status is >= 200 and < 300 && !capture.Overflowed;
            if (redirect || apiAnswer)
            {
                var contentType = response.ContentType;
                var body = redirect ? null : capture.Captured;
                var now = clock.GetUtcNow().UtcDateTime;
                await records.Where(r => r.TenantId == tenantId && r.Key == key).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.CompletedAt, now)
                    .SetProperty(r => r.StatusCode, status)
                    .SetProperty(r => r.Location, redirect ? location : null)
                    .SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.Body, body), CancellationToken.None);
                stored = true;
            }
        }
        finally
        {
            response.Body = original;
            if (!stored)
            {
                await records.Where(r => r.TenantId == tenantId && r.Key == key && r.CompletedAt == null).ExecuteDeleteAsync(CancellationToken.None);
            }
        }
    }

    private async Task<bool> TryClaimAsync(LocalGovDbContext db, IdempotencyRecord claim)
    {
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            if (Random.Shared.Next(200) == 0)
            {
                var expired = clock.GetUtcNow().UtcDateTime - Retention;
                await db.Set<IdempotencyRecord>().Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(CancellationToken.None);
            }
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // the key is taken (unique per tenant and key); the caller reads who has it
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord first)
    {
        var response = context.Response;
        response.StatusCode = first.StatusCode;
        response.Headers[ReplayedHeader] = "true";
        if (first.Location is { Length: > 0 } location)
        {
            response.Headers.Location = location;
        }
        if (first.ContentType is { Length: > 0 } contentType)
        {
            response.ContentType = contentType;
        }
        if (first.Body is { Length: > 0 } body)
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>The key the request carries: the header, or on a page's POST the form's hidden field.</summary>
    private static async Task<string?> KeyOfAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (!(HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method)) ||
            context.Features.Get<IStatusCodeReExecuteFeature>() is not null ||
            context.GetEndpoint() is not { } endpoint ||
            endpoint.Metadata.GetMetadata<IdempotencyExemptAttribute>() is not null)
        {
            return null;
        }
        var header = context.Request.Headers[Header].ToString().Trim();
        if (header.Length > 0)
        {
            return header;
        }
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null || !context.Request.HasFormContentType)
        {
            return null;
        }
        var field = (await context.Request.ReadFormAsync(context.RequestAborted))[FormField].ToString().Trim(); // read already (FormPostMiddleware)
        return field.Length > 0 ? field : null;
    }

    /// <summary>Who is submitting: the account, else the API client, else no one (an anonymous form).</summary>
    private static string OwnerOf(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } user ? "user:" + user
        : ApiClientRateLimit.ClientOf(context) is { Length: > 0 } client ? "client:" + client
        : "";

    /// <summary>The method, path and content: form fields (files by name and size) or the body's bytes.</summary>
    private static async Task<string> FingerprintAsync(HttpContext context)
    {
        var request = context.Request;
        var text = new StringBuilder().Append(request.Method).Append(' ').Append(request.PathBase).Append(request.Path).Append(request.QueryString).Append('\n');
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            foreach (var name in form.Keys.Where(k => k is not (FormField or "__RequestVerificationToken")).Order(StringComparer.Ordinal))
            {
                text.Append(name).Append('=').AppendJoin('\u001f', form[name].ToArray()).Append('\n');
            }
            foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.FileName, StringComparer.Ordinal))
            {
                text.Append(file.Name).Append(':').Append(file.FileName).Append(':').Append(file.Length).Append('\n');
            }
            return Hash(text.ToString());
        }
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Passes the answer on and keeps a copy of its first bytes.</summary>
    private sealed class CapturingStream(Stream inner, int limit) : Stream
    {
        private readonly MemoryStream _copy = new();

        public bool Overflowed { get; private set; }
        public byte[] Captured => _copy.ToArray();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (Overflowed)
            {
                return;
            }
            if (_copy.Length + bytes.Length > limit)
            {
                Overflowed = true;
                _copy.SetLength(0);
                return;
            }
            _copy.Write(bytes);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _copy.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
