// replaced by the first real widget
