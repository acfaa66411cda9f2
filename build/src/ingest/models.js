const codesInSync = true;
void codesInSync;
