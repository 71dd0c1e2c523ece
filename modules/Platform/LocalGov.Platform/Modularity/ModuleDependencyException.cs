namespace LocalGov.Platform.Modularity;

public sealed class ModuleDependencyException(string message) : Exception(message);
