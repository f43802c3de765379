// Linked with one core/ layer whole and only the layers below it (CoreLayers.cmake):
// it builds when the layer needs nothing from above.
int main()
{
    return 0;
}
