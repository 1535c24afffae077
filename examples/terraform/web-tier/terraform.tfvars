api_instances       = 5
max_batch_percent   = 40
disable_os_rollback = true
