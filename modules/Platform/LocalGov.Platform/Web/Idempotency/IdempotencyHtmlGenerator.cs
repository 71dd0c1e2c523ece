using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Web.Idempotency;

/// <summary>
/// The shared form markup: wherever a form gets its antiforgery token (every <c>&lt;form method="post"&gt;</c> and
/// <c>@Html.AntiForgeryToken()</c>), it also gets a fresh idempotency key, so no page has to remember to add one.
/// </summary>
internal sealed class IdempotencyHtmlGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> optionsAccessor,
    IModelMetadataProvider metadataProvider,
    IUrlHelperFactory urlHelperFactory,
    HtmlEncoder htmlEncoder,
    ValidationHtmlAttributeProvider validationAttributeProvider)
    : DefaultHtmlGenerator(antiforgery, optionsAccessor, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider)
{
    public override IHtmlContent GenerateAntiforgery(ViewContext viewContext)
    {
        var token = base.GenerateAntiforgery(viewContext);
        var key = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        key.Attributes["type"] = "hidden";
        key.Attributes["name"] = IdempotencyMiddleware.FormField;
        key.Attributes["value"] = Guid.NewGuid().ToString("N");
        return new HtmlContentBuilder().AppendHtml(token).AppendHtml(key);
    }
}
