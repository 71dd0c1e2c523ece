using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace LocalGov.Host.Tests.Architecture;

/// <summary>Decodes types in metadata signatures to their full names (nested types with '+', as reflection does).</summary>
internal sealed class TypeNames : ISignatureTypeProvider<string, object?>
{
    public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{GetTypeFromReference(metadata, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind)}+{name}"
            : Qualify(metadata.GetString(type.Namespace), name);
    }

    public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var type = metadata.GetTypeDefinition(handle);
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? Qualify(metadata.GetString(type.Namespace), name)
            : $"{GetTypeFromDefinition(metadata, declaring, rawTypeKind)}+{name}";
    }

    public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        $"{genericType}[{string.Join(",", typeArguments)}]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[]";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";
}
